package app.communityops.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.Thresholds;
import app.communityops.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A card and the KPI table of 5 December: the change says which days it is against, the pacing line says where the
 * figure should be by now and where it heads, and the tooltip gives the method, in English and Chinese.
 */
class KpiPaceTest extends KaribuTest {

    static final KpiPeriod DECEMBER = KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 12, 1));
    static final LocalDate FIFTH = LocalDate.of(2026, 12, 5);

    private static KpiValue joined(KpiPeriod period, LocalDate today) {
        return KpiValue.judged(Kpi.MEMBERS_NEW, new BigDecimal("41"), new BigDecimal("300"), new BigDecimal("40"),
                List.of(), null, period, today, Thresholds.DEFAULT);
    }

    @Test
    void aRunningMonthsCardSaysWhatItComparesWithAndHowItIsPaced() {
        Element body = CardMarkup.parse(new KpiCard("t", joined(DECEMBER, FIFTH), false));

        assertThat(body.getElementById("t-change-MEMBERS_NEW").text()).isEqualTo("+2.5% vs 1–5 Nov");
        Element pace = body.getElementById("t-pace-MEMBERS_NEW");
        assertThat(pace.text()).isEqualTo("By now 48 · on pace for 254");
        String method = "Target 300 for the period: by day 5 of 31 that is 48; 41 so far, on pace for 254.";
        assertThat(pace.attr("aria-description")).isEqualTo(method);
        assertThat(body.select("vaadin-tooltip[for=t-pace-MEMBERS_NEW]").attr("text")).isEqualTo(method);
        assertThat(body.getElementById("t-status-MEMBERS_NEW").text()).as("41 of the 48 due by now")
                .isEqualTo("Below target");
    }

    @Test
    void theSameCardInChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        Element body = CardMarkup.parse(new KpiCard("t", joined(DECEMBER, FIFTH), false));

        assertThat(body.getElementById("t-change-MEMBERS_NEW").text()).isEqualTo("较11月1–5日 +2.5%");
        assertThat(body.getElementById("t-pace-MEMBERS_NEW").text()).isEqualTo("至今应达 48 · 按此进度期末约 254");
        assertThat(body.getElementById("t-pace-MEMBERS_NEW").attr("aria-description"))
                .isEqualTo("本期目标 300：第 5 天（共 31 天）应达 48；目前 41，按此进度期末约 254。");
    }

    @Test
    void aClosedMonthComparesWithTheWholeMonthBeforeAndHasNoPacingLine() {
        Element body = CardMarkup.parse(new KpiCard("t", joined(DECEMBER.previous(), FIFTH), false));

        assertThat(body.getElementById("t-change-MEMBERS_NEW").text()).isEqualTo("+2.5% vs Oct 2026");
        assertThat(body.getElementById("t-pace-MEMBERS_NEW")).isNull();
    }

    @Test
    void aLevelIsJudgedAsItStands() {
        KpiValue rate = KpiValue.judged(Kpi.ACTIVATION_RATE, new BigDecimal("40"), new BigDecimal("50"), null,
                List.of(), null, DECEMBER, FIFTH, Thresholds.DEFAULT);
        Element body = CardMarkup.parse(new KpiCard("t", rate, false));

        assertThat(body.getElementById("t-pace-ACTIVATION_RATE").text()).isEqualTo("Judged as it stands, not paced");
        assertThat(body.getElementById("t-pace-ACTIVATION_RATE").attr("aria-description")).isEqualTo(
                "Target 50% for the period: a level or a rate is judged as it stands, so on day 5 of 31 it should "
                        + "already be at 50%; now 40%.");
        assertThat(body.getElementById("t-change-ACTIVATION_RATE").text()).isEqualTo("No comparison");
    }

    @Test
    void theTableNamesTheComparedDaysAndShowsTheExpectedValueAndForecastWithTheMethod() {
        KpiTable table = new KpiTable();
        table.show(new KpiBoard(UUID.randomUUID(), "Readers", DECEMBER, "CNY", List.of(joined(DECEMBER, FIFTH))));

        assertThat(table.getColumnByKey("previous").getHeaderText()).isEqualTo("Compared with 1–5 Nov");
        KpiValue value = joined(DECEMBER, FIFTH);
        assertThat(GridKt._getFormatted(table, 0, "forecast")).isEqualTo("254");
        assertThat(KpiPace.expected(table, value)).isEqualTo("48");
        assertThat(KpiPace.forecast(table, value)).isEqualTo("254");
        assertThat(KpiPace.method(table, value))
                .isEqualTo("Target 300 for the period: by day 5 of 31 that is 48; 41 so far, on pace for 254.");
    }
}
