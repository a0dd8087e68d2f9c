package app.communityops.kpi.ui;

import static app.communityops.kpi.ui.Markup.escape;

import app.communityops.kpi.KpiTexts;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.Pacing;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The pacing line of a KPI card and the pacing cells of the KPI table, while the period runs and the KPI has a
 * target: where the target says it should be by now and where the pace so far takes it, with the method in full on
 * hover and keyboard focus (the same words as the report's, from {@link KpiTexts}).
 */
final class KpiPace {

    private KpiPace() {
    }

    /** Appends the card's pacing line, if the value is paced. */
    static void line(Component owner, StringBuilder html, String id, KpiValue kpi) {
        Pacing pacing = kpi.pacing();
        if (pacing == null) {
            return;
        }
        html.append("<div id=\"").append(escape(id)).append("\" class=\"dashboard-card-pace\" tabindex=\"0\"")
                .append(" aria-description=\"").append(escape(method(owner, kpi))).append("\">")
                .append(escape(KpiTexts.pacingLine(pacing, expected(owner, kpi), forecast(owner, kpi),
                        owner::getTranslation)))
                .append("</div><vaadin-tooltip for=\"").append(escape(id)).append("\" text=\"")
                .append(escape(method(owner, kpi))).append("\"></vaadin-tooltip>");
    }

    /** The method in full: "Target 300 for the period: by day 5 of 31 that is 48; 41 so far, on pace for 254." */
    static String method(Component owner, KpiValue kpi) {
        Pacing pacing = Objects.requireNonNull(kpi.pacing());
        return KpiTexts.pacingMethod(pacing, format(owner, kpi, kpi.target()), expected(owner, kpi),
                format(owner, kpi, kpi.value()), forecast(owner, kpi), owner::getTranslation);
    }

    static String expected(Component owner, KpiValue kpi) {
        return kpi.pacing() == null ? DashboardFormat.NONE : format(owner, kpi, kpi.pacing().expected());
    }

    static String forecast(Component owner, KpiValue kpi) {
        return kpi.pacing() == null ? DashboardFormat.NONE : format(owner, kpi, kpi.pacing().forecast());
    }

    private static String format(Component owner, KpiValue kpi, @Nullable BigDecimal value) {
        return DashboardFormat.value(owner, kpi.kpi(), value, kpi.currency());
    }
}
