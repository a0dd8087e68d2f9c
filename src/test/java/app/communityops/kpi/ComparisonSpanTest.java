package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A running period compares with the same span of the previous one, by day offset and cut at the previous period's
 * end; a closed period with the whole previous one. Its target is paced by the KPI's declared method.
 */
class ComparisonSpanTest {

    private static KpiPeriod month(int year, int month) {
        return KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(year, month, 1));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theFifthOfDecemberComparesWithTheFirstFiveDaysOfNovember() {
        KpiPeriod december = month(2026, 12);
        assertThat(december.comparedSpan(day(2026, 12, 5)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 11, 1), day(2026, 11, 5)));
        assertThat(december.spanUntil(day(2026, 12, 5)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 12, 1), day(2026, 12, 5)));
        assertThat(december.elapsedDays(day(2026, 12, 5))).isEqualTo(5);
        assertThat(december.runningOn(day(2026, 12, 5))).isTrue();
    }

    @Test
    void theFirstDayComparesWithTheFirstDay() {
        assertThat(month(2026, 12).comparedSpan(day(2026, 12, 1)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 11, 1), day(2026, 11, 1)));
    }

    @Test
    void theEndOfALongMonthIsCutAtTheEndOfAShortOne() {
        assertThat(month(2026, 3).comparedSpan(day(2026, 3, 30)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 2, 1), day(2026, 2, 28)));
        assertThat(month(2028, 3).comparedSpan(day(2028, 3, 29)))
                .as("a leap year's February has 29 days")
                .isEqualTo(new KpiPeriod.Span(day(2028, 2, 1), day(2028, 2, 29)));
        assertThat(month(2028, 3).comparedSpan(day(2028, 3, 28)))
                .isEqualTo(new KpiPeriod.Span(day(2028, 2, 1), day(2028, 2, 28)));
        assertThat(month(2026, 5).comparedSpan(day(2026, 5, 30)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 4, 1), day(2026, 4, 30)));
    }

    @Test
    void aClosedPeriodComparesWholePeriods() {
        KpiPeriod november = month(2026, 11);
        assertThat(november.comparedSpan(day(2026, 12, 5)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 10, 1), day(2026, 10, 31)));
        assertThat(november.comparedSpan(day(2026, 11, 30))).as("its last day: the period is complete")
                .isEqualTo(new KpiPeriod.Span(day(2026, 10, 1), day(2026, 10, 31)));
        assertThat(november.runningOn(day(2026, 11, 30))).isFalse();
        assertThat(november.elapsedDays(day(2026, 12, 5))).isEqualTo(30);
        assertThat(month(2027, 1).elapsedDays(day(2026, 12, 5))).as("not begun").isZero();
        assertThat(november.comparedSpan(day(2026, 12, 5)).whole(november.previous())).isTrue();
    }

    @Test
    void quartersCompareByTheDayOffsetFromTheirStart() {
        KpiPeriod q2 = KpiPeriod.of(PeriodKind.QUARTER, day(2026, 5, 10));
        // 1 April + 39 days = 10 May, the quarter's 40th day; the first quarter's 40th day is 9 February.
        assertThat(q2.comparedSpan(day(2026, 5, 10)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 1, 1), day(2026, 2, 9)));
        assertThat(q2.elapsedDays(day(2026, 5, 10))).isEqualTo(40);
        // The second quarter's 90th day is the first quarter's last (90 days); in a leap year (91) its 90th.
        assertThat(q2.comparedSpan(day(2026, 6, 29)))
                .isEqualTo(new KpiPeriod.Span(day(2026, 1, 1), day(2026, 3, 31)));
        assertThat(KpiPeriod.of(PeriodKind.QUARTER, day(2028, 6, 1)).comparedSpan(day(2028, 6, 29)))
                .isEqualTo(new KpiPeriod.Span(day(2028, 1, 1), day(2028, 3, 30)));
        KpiPeriod q1 = KpiPeriod.of(PeriodKind.QUARTER, day(2027, 1, 1));
        assertThat(q1.comparedSpan(day(2027, 1, 31)))
                .as("across the year").isEqualTo(new KpiPeriod.Span(day(2026, 10, 1), day(2026, 10, 31)));
    }

    @Test
    void aCumulativeTargetIsPacedByTheDaysElapsedAndALevelOneIsNot() {
        KpiPeriod december = month(2026, 12);
        LocalDate fifth = day(2026, 12, 5);
        Pacing members = KpiValue.pacing(Kpi.MEMBERS_NEW, new BigDecimal("41"), new BigDecimal("300"), december,
                fifth);
        assertThat(members).isNotNull();
        assertThat(members.method()).isEqualTo(Pacing.Method.CUMULATIVE);
        assertThat(members.expected()).as("a count is due in whole members").isEqualByComparingTo("48");
        assertThat(members.forecast()).isEqualByComparingTo("254");
        assertThat(members.elapsed()).isEqualTo(5);
        assertThat(members.total()).isEqualTo(31);
        Pacing total = KpiValue.pacing(Kpi.MEMBERS_TOTAL, new BigDecimal("900"), new BigDecimal("1000"), december,
                fifth);
        assertThat(total).isNotNull();
        assertThat(total.expected()).isEqualByComparingTo("1000");
        assertThat(total.forecast()).isEqualByComparingTo("900");
    }

    @Test
    void aShareIsNotForecastPastAllOfItsBase() {
        Pacing retention = KpiValue.pacing(Kpi.RETENTION_M1, new BigDecimal("40"), new BigDecimal("50"),
                month(2026, 12), day(2026, 12, 2));
        assertThat(retention).isNotNull();
        assertThat(retention.forecast()).isEqualByComparingTo("100");
    }

    @Test
    void noTargetOrAClosedPeriodHasNoPacing() {
        assertThat(KpiValue.pacing(Kpi.MEMBERS_NEW, new BigDecimal("41"), null, month(2026, 12), day(2026, 12, 5)))
                .isNull();
        assertThat(KpiValue.pacing(Kpi.MEMBERS_NEW, new BigDecimal("41"), BigDecimal.TEN, month(2026, 11),
                day(2026, 12, 5))).isNull();
    }

    @Test
    void aRunningPeriodIsJudgedAgainstWhereItShouldBeByNowAndAClosedOneAgainstTheWholeTarget() {
        Thresholds thresholds = Thresholds.DEFAULT;
        KpiValue running = KpiValue.judged(Kpi.MEMBERS_NEW, new BigDecimal("50"), new BigDecimal("300"), null,
                List.of(), null, month(2026, 12), day(2026, 12, 5), thresholds);
        assertThat(running.status()).as("50 by day 5 of 31 is ahead of 48").isEqualTo(KpiStatus.GREEN);
        assertThat(running.pacing()).isNotNull();
        KpiValue behind = KpiValue.judged(Kpi.MEMBERS_NEW, new BigDecimal("41"), new BigDecimal("300"), null,
                List.of(), null, month(2026, 12), day(2026, 12, 5), thresholds);
        assertThat(behind.status()).as("41 of 48 is 85 %").isEqualTo(KpiStatus.RED);
        KpiValue closed = KpiValue.judged(Kpi.MEMBERS_NEW, new BigDecimal("280"), new BigDecimal("300"), null,
                List.of(), null, month(2026, 11), day(2026, 12, 5), thresholds);
        assertThat(closed.status()).as("280 of 300 is 93 %").isEqualTo(KpiStatus.AMBER);
        assertThat(closed.pacing()).isNull();
        KpiValue churn = KpiValue.judged(Kpi.CHURN_RATE, new BigDecimal("0.5"), new BigDecimal("4"), null,
                List.of(), null, month(2026, 12), day(2026, 12, 2), thresholds);
        assertThat(churn.status()).as("0.5 % churn by day 2 of 31 is ahead of 0.26 %: lower is better")
                .isEqualTo(KpiStatus.RED);
        KpiValue level = KpiValue.judged(Kpi.ACTIVATION_RATE, new BigDecimal("40"), new BigDecimal("50"), null,
                List.of(), null, month(2026, 12), day(2026, 12, 2), thresholds);
        assertThat(level.status()).as("a rate is judged as it stands").isEqualTo(KpiStatus.RED);
    }

    @Test
    void everyKpiDeclaresHowItIsPaced() {
        for (Kpi kpi : Kpi.values()) {
            assertThat(kpi.pacing()).as("pacing of %s", kpi).isNotNull();
        }
        assertThat(Kpi.REVENUE.pacing()).isEqualTo(Pacing.Method.CUMULATIVE);
        assertThat(Kpi.MAU.pacing()).as("a rolling window").isEqualTo(Pacing.Method.LEVEL);
    }
}
