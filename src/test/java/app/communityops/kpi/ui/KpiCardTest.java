package app.communityops.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.DayPoint;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiStatus;
import app.communityops.kpi.KpiValue;
import app.communityops.testing.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The card's markup: what a browser shows of it, and that text given to it is only ever shown as text. */
class KpiCardTest extends KaribuTest {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">&amp;";

    @Test
    void aCardShowsNameValueStatusTargetChangeAndItsDefinition() {
        KpiCard card = new KpiCard("t", new KpiValue(Kpi.CHURN_RATE, new BigDecimal("4.5"), new BigDecimal("3"),
                KpiStatus.RED, new BigDecimal("3"), List.of(new DayPoint(LocalDate.of(2026, 12, 1),
                new BigDecimal("4.5"))), null), true);
        Element body = CardMarkup.parse(card);

        assertThat(card.getId()).contains("t-card-CHURN_RATE");
        assertThat(card.getElement().getChildCount()).isZero();
        Element name = body.getElementById("t-name-CHURN_RATE");
        assertThat(name.text()).isEqualTo("Churn rate");
        assertThat(name.attr("aria-description")).startsWith("Members who left or were eliminated");
        assertThat(body.getElementById("t-value-CHURN_RATE").text()).isEqualTo("4.5%");
        assertThat(body.getElementById("t-status-CHURN_RATE").classNames()).contains("status-badge", "error");
        assertThat(body.getElementById("t-status-CHURN_RATE").text()).isEqualTo("Below target");
        assertThat(body.getElementById("t-target-CHURN_RATE").text()).isEqualTo("Target 3%");
        Element change = body.getElementById("t-change-CHURN_RATE");
        assertThat(change.text()).isEqualTo("+50% vs previous");
        assertThat(change.classNames()).contains("dashboard-change", "bad", "up");
        assertThat(change.attr("title")).isEqualTo("A change for the worse for this KPI");
        assertThat(body.getElementById("t-spark-CHURN_RATE-canvas").attr("aria-label"))
                .isEqualTo("Churn rate, day by day");
    }

    @Test
    void textGivenToTheCardStaysText() {
        // A currency is the one free value a card shows that is not its own translation or a number.
        KpiCard card = new KpiCard("t", new KpiValue(Kpi.REVENUE, new BigDecimal("12"), null, KpiStatus.NONE,
                null, List.of(), HOSTILE), false);
        Element body = CardMarkup.parse(card);

        assertThat(body.select("script, img")).isEmpty();
        assertThat(body.getElementById("t-value-REVENUE").text()).isEqualTo(HOSTILE + " 12");
        assertThat(card.getElement().getProperty("innerHTML")).contains("&lt;script&gt;").doesNotContain("<script");
        assertThat(Markup.escape("\"quoted\" & 'single' <b>")).isEqualTo(
                "&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;");
    }
}
