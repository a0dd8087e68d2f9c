package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private final Thresholds defaults = Thresholds.DEFAULT;

    @Test
    void higherIsBetterKpisAreGreenAtTheTargetAmberFromNinetyPercentAndRedBelow() {
        assertThat(defaults.status(Kpi.REVENUE, new BigDecimal("1000"), new BigDecimal("1000")))
                .isEqualTo(KpiStatus.GREEN);
        assertThat(defaults.status(Kpi.REVENUE, new BigDecimal("900"), new BigDecimal("1000")))
                .isEqualTo(KpiStatus.AMBER);
        assertThat(defaults.status(Kpi.REVENUE, new BigDecimal("899.99"), new BigDecimal("1000")))
                .isEqualTo(KpiStatus.RED);
    }

    @Test
    void lowerIsBetterKpisCompareTheTargetWithTheValue() {
        assertThat(defaults.status(Kpi.CHURN_RATE, new BigDecimal("4"), new BigDecimal("5"))).isEqualTo(KpiStatus.GREEN);
        assertThat(defaults.status(Kpi.CHURN_RATE, new BigDecimal("5.5"), new BigDecimal("5")))
                .isEqualTo(KpiStatus.AMBER);
        assertThat(defaults.status(Kpi.CHURN_RATE, new BigDecimal("6"), new BigDecimal("5"))).isEqualTo(KpiStatus.RED);
        assertThat(defaults.status(Kpi.CHURN_RATE, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(KpiStatus.GREEN);
    }

    @Test
    void withoutATargetOrAValueThereIsNoStatus() {
        assertThat(defaults.status(Kpi.DAU, null, BigDecimal.TEN)).isEqualTo(KpiStatus.NONE);
        assertThat(defaults.status(Kpi.DAU, BigDecimal.TEN, null)).isEqualTo(KpiStatus.NONE);
    }

    @Test
    void tenantThresholdsApply() {
        Thresholds strict = new Thresholds(new BigDecimal("110"), new BigDecimal("100"));
        assertThat(strict.status(Kpi.MAU, new BigDecimal("105"), new BigDecimal("100"))).isEqualTo(KpiStatus.AMBER);
    }

    @Test
    void periodsAreCalendarMonthsAndQuarters() {
        KpiPeriod q = KpiPeriod.of(PeriodKind.QUARTER, LocalDate.of(2026, 5, 17));
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q.last()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q.previous().start()).isEqualTo(LocalDate.of(2026, 1, 1));
        KpiPeriod february = KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(2028, 2, 10));
        assertThat(february.last()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(february.lastUntil(LocalDate.of(2028, 2, 12))).isEqualTo(LocalDate.of(2028, 2, 12));
        assertThat(february.days()).isEqualTo(29);
    }
}
