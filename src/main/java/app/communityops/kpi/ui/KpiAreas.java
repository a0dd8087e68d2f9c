package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import java.util.List;

/**
 * The dashboard's card groups, in the C-ACM-MT order. Manage holds the funnel's health (activation, retention,
 * churn), the figures an operator steers by rather than records directly.
 */
enum KpiAreas {
    CUSTOM(Kpi.MEMBERS_TOTAL, Kpi.MEMBERS_NEW, Kpi.MEMBERS_LEFT, Kpi.MEMBERS_ELIMINATED, Kpi.SCREENING_PASS_RATE),
    ACTIVITY(Kpi.DAU, Kpi.WAU, Kpi.MAU, Kpi.STICKINESS, Kpi.ATTENDANCE_RATE),
    CONTENT(Kpi.CONTENT_PUBLISHED, Kpi.ENGAGEMENT_PER_ITEM),
    MONEY(Kpi.REVENUE, Kpi.FIRST_PURCHASE_RATE, Kpi.REPURCHASE_RATE, Kpi.POSITIVE_REVIEW_RATE, Kpi.REFUND_RATE,
            Kpi.ARPU, Kpi.ARPPU),
    MANAGE(Kpi.ACTIVATION_RATE, Kpi.RETENTION_M1, Kpi.CHURN_RATE);

    private final List<Kpi> kpis;

    KpiAreas(Kpi... kpis) {
        this.kpis = List.of(kpis);
    }

    List<Kpi> kpis() {
        return kpis;
    }

    String titleKey() {
        return "dashboard.area." + name();
    }
}
