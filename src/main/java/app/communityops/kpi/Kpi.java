package app.communityops.kpi;

import java.util.Arrays;
import java.util.List;

/**
 * The KPI catalogue, and the one place where each KPI is declared: its unit and good direction, where it is computed
 * ({@link Source}), where it shows on the dashboard ({@link Area}, {@link Card}), whether it has a daily series
 * ({@link Daily}) and its texts (i18n keys {@code kpi.name.<NAME>}, {@code kpi.def.<NAME>} and
 * {@code kpi.notice.red.<NAME>} in the kpi bundles). The calculator, the dashboard, the daily series and the report
 * read these declarations; {@code KpiCatalogueTest} fails when a KPI lacks one of them. How each KPI's target is
 * paced while its period runs ({@link #pacing()}) is argued in docs/decisions/0048-like-with-like-and-pacing.md. The exact definitions are in
 * docs/decisions/0013-kpis-and-rollups.md.
 */
public enum Kpi {
    // (unit, higher is better, computed from, dashboard area, card, daily series, pacing while the period runs)
    MEMBERS_TOTAL(Unit.COUNT, true, Source.RECORDS, Area.CUSTOM, Card.SHOWN, Daily.LEVEL, Pace.LEVEL),
    MEMBERS_NEW(Unit.COUNT, true, Source.RECORDS, Area.CUSTOM, Card.SHOWN, Daily.RUNNING_TOTAL, Pace.CUMULATIVE),
    MEMBERS_LEFT(Unit.COUNT, false, Source.RECORDS, Area.CUSTOM, Card.SHOWN, Daily.RUNNING_TOTAL, Pace.CUMULATIVE),
    MEMBERS_ELIMINATED(Unit.COUNT, false, Source.RECORDS, Area.CUSTOM, Card.SHOWN, Daily.RUNNING_TOTAL, Pace.CUMULATIVE),
    DAU(Unit.COUNT, true, Source.ACTIVITY, Area.ACTIVITY, Card.SHOWN, Daily.LEVEL, Pace.LEVEL),
    WAU(Unit.COUNT, true, Source.ACTIVITY, Area.ACTIVITY, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    MAU(Unit.COUNT, true, Source.ACTIVITY, Area.ACTIVITY, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    STICKINESS(Unit.PERCENT, true, Source.ACTIVITY, Area.ACTIVITY, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    ACTIVATION_RATE(Unit.PERCENT, true, Source.JOINERS, Area.MANAGE, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    RETENTION_M1(Unit.PERCENT, true, Source.RETENTION, Area.MANAGE, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    CHURN_RATE(Unit.PERCENT, false, Source.RECORDS, Area.MANAGE, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    SCREENING_PASS_RATE(Unit.PERCENT, true, Source.RECORDS, Area.CUSTOM, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    ATTENDANCE_RATE(Unit.PERCENT, true, Source.RECORDS, Area.ACTIVITY, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    CONTENT_PUBLISHED(Unit.COUNT, true, Source.RECORDS, Area.CONTENT, Card.SHOWN, Daily.RUNNING_TOTAL, Pace.CUMULATIVE),
    ENGAGEMENT_PER_ITEM(Unit.NUMBER, true, Source.RECORDS, Area.CONTENT, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    REVENUE(Unit.MONEY, true, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    FIRST_PURCHASE_RATE(Unit.PERCENT, true, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    REPURCHASE_RATE(Unit.PERCENT, true, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    POSITIVE_REVIEW_RATE(Unit.PERCENT, true, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    REFUND_RATE(Unit.PERCENT, false, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.LEVEL),
    ARPU(Unit.MONEY, true, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.CUMULATIVE),
    ARPPU(Unit.MONEY, true, Source.MONEY, Area.MONEY, Card.SHOWN, Daily.NONE, Pace.LEVEL);

    /** How a value is shown: a count, a percentage, a plain number, or an amount in the community's currency. */
    public enum Unit {
        COUNT, PERCENT, NUMBER, MONEY
    }

    /**
     * Which of the calculator's sources computes the KPI; each source answers all its KPIs in one pass, so a KPI
     * declared here and not put by its source has no value (the catalogue test computes every source's KPIs).
     */
    public enum Source {
        /** {@code RecordFigures}: membership history, screening decisions, attendance and published content. */
        RECORDS,
        /** {@code EngagementFigures#activity}: active members from the daily rollups. */
        ACTIVITY,
        /** {@code JoinerFigures}: the period's joiners and whether they were activated (also the funnel's). */
        JOINERS,
        /** {@code EngagementFigures#retention}: the previous period's joiners active in this one. */
        RETENTION,
        /** {@code MoneyKpis}: orders and reviews; people only (the jobs compute without them). */
        MONEY
    }

    /** The dashboard's card groups, in the C-ACM-MT order; titles are {@code dashboard.area.<NAME>}. */
    public enum Area {
        CUSTOM, ACTIVITY, CONTENT, MONEY,
        /** The funnel's health (activation, retention, churn): what an operator steers by rather than records. */
        MANAGE;

        /** The KPIs of the area that have a card, in the catalogue's order. */
        public List<Kpi> cards() {
            return Arrays.stream(Kpi.values()).filter(kpi -> kpi.area == this && kpi.card == Card.SHOWN).toList();
        }

        public String titleKey() {
            return "dashboard.area." + name();
        }
    }

    /** Whether the KPI has a card in its area of the dashboard ({@link #NONE}: on the board and report only). */
    public enum Card {
        SHOWN, NONE
    }

    /** Whether the KPI has daily values (sparkline, series chart), and how the series chart draws them. */
    public enum Daily {
        /** No daily meaning: a rate over the period, a rolling window, money. */
        NONE,
        /** A level on each day (members, active members), drawn as it is. */
        LEVEL,
        /** Events per day (joins, departures, publications), drawn as a running total: the target is the period's. */
        RUNNING_TOTAL
    }

    /**
     * How the KPI is paced against its target while its period runs (docs/decisions/0048): a {@code CUMULATIVE}
     * figure grows with the period's days (a count, a sum, or a share whose counted part accumulates over a base
     * fixed at the start), so by day 5 of 31 it should be 5/31 of its target; a {@code LEVEL} figure (a count at a
     * moment, a rolling window, an average, a rate of two growing counts) should already be at its target.
     */
    public static final class Pace {
        public static final Pacing.Method CUMULATIVE = Pacing.Method.CUMULATIVE;
        public static final Pacing.Method LEVEL = Pacing.Method.LEVEL;

        private Pace() {
        }
    }

    private final Unit unit;
    private final boolean higherIsBetter;
    private final Source source;
    private final Area area;
    private final Card card;
    private final Daily daily;
    private final Pacing.Method pacing;

    Kpi(Unit unit, boolean higherIsBetter, Source source, Area area, Card card, Daily daily, Pacing.Method pacing) {
        this.pacing = pacing;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.source = source;
        this.area = area;
        this.card = card;
        this.daily = daily;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public Source source() {
        return source;
    }

    public Area area() {
        return area;
    }

    public Card card() {
        return card;
    }

    public Daily daily() {
        return daily;
    }

    /** How the KPI's target is paced while its period runs. */
    public Pacing.Method pacing() {
        return pacing;
    }

    /** The KPIs computed by {@code source}, in the catalogue's order. */
    public static List<Kpi> from(Source source) {
        return Arrays.stream(values()).filter(kpi -> kpi.source == source).toList();
    }

    /** The KPIs with daily values, in the catalogue's order. */
    public static List<Kpi> withDailySeries() {
        return Arrays.stream(values()).filter(kpi -> kpi.daily != Daily.NONE).toList();
    }

    /** The KPI's name on cards, tables, pickers and the report. */
    public String nameKey() {
        return "kpi.name." + name();
    }

    /** The KPI's definition: the cards' and tables' tooltip. */
    public String definitionKey() {
        return "kpi.def." + name();
    }

    /** The staff's notice when the KPI turns red against its target. */
    public String redNoticeKey() {
        return "kpi.notice.red." + name();
    }

    /** Every text key of the KPI. */
    public List<String> textKeys() {
        return List.of(nameKey(), definitionKey(), redNoticeKey());
    }
}
