package app.communityops.kpi;

/**
 * The KPI catalogue. Names and definitions are i18n keys {@code kpi.name.<NAME>} and {@code kpi.def.<NAME>};
 * the exact definitions are in docs/decisions/0013-kpis-and-rollups.md.
 */
public enum Kpi {
    MEMBERS_TOTAL(Unit.COUNT, true),
    MEMBERS_NEW(Unit.COUNT, true),
    MEMBERS_LEFT(Unit.COUNT, false),
    MEMBERS_ELIMINATED(Unit.COUNT, false),
    DAU(Unit.COUNT, true),
    WAU(Unit.COUNT, true),
    MAU(Unit.COUNT, true),
    STICKINESS(Unit.PERCENT, true),
    ACTIVATION_RATE(Unit.PERCENT, true),
    RETENTION_M1(Unit.PERCENT, true),
    CHURN_RATE(Unit.PERCENT, false),
    SCREENING_PASS_RATE(Unit.PERCENT, true),
    ATTENDANCE_RATE(Unit.PERCENT, true),
    CONTENT_PUBLISHED(Unit.COUNT, true),
    ENGAGEMENT_PER_ITEM(Unit.NUMBER, true),
    REVENUE(Unit.MONEY, true),
    FIRST_PURCHASE_RATE(Unit.PERCENT, true),
    REPURCHASE_RATE(Unit.PERCENT, true),
    POSITIVE_REVIEW_RATE(Unit.PERCENT, true),
    REFUND_RATE(Unit.PERCENT, false),
    ARPU(Unit.MONEY, true),
    ARPPU(Unit.MONEY, true);

    /** How a value is shown: a count, a percentage, a plain number, or an amount in the community's currency. */
    public enum Unit {
        COUNT, PERCENT, NUMBER, MONEY
    }

    private final Unit unit;
    private final boolean higherIsBetter;

    Kpi(Unit unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public Unit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String nameKey() {
        return "kpi.name." + name();
    }

    public String definitionKey() {
        return "kpi.def." + name();
    }
}
