package app.communityops.shared.ui.echarts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EChartTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aLineWithATargetBecomesAnOptionATableAndACsv() {
        ChartSpec spec = ChartSpec.line("Members", List.of("Jan", "Feb")).categoryLabel("Month")
                .series("Members", List.of(120, 150)).target("Target", 140);

        JsonNode option = JSON.readTree(spec.toJson());
        assertThat(option.at("/xAxis/data/1").asString()).isEqualTo("Feb");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(option.at("/series/0/data/1").asInt()).isEqualTo(150);
        assertThat(option.at("/series/0/markLine/data/0/yAxis").asInt()).isEqualTo(140);
        assertThat(spec.table()).containsExactly(List.of("Month", "Members", "Target"),
                List.of("Jan", "120", "140"), List.of("Feb", "150", "140"));
        assertThat(ChartCsv.of(spec)).isEqualTo("\uFEFFMonth,Members,Target\r\nJan,120,140\r\nFeb,150,140\r\n");
    }

    @Test
    void everyKindProducesItsSeriesType() {
        assertThat(type(ChartSpec.bar("b", List.of("a")).series("s", List.of(1)))).isEqualTo("bar");
        assertThat(type(ChartSpec.pie("p", "Count").slice("WeChat", 3).slice("QQ", 1))).isEqualTo("pie");
        assertThat(type(ChartSpec.funnel("f", "People").slice("Acquire", 100).slice("Activate", 40))).isEqualTo("funnel");
        assertThat(type(ChartSpec.heatmap("h", "Retention", List.of("M0", "M1"), List.of("2026-01")).cell(1, 0, 0.5)))
                .isEqualTo("heatmap");
        assertThat(type(ChartSpec.sparkline("s", List.of("d1", "d2"), "DAU", List.of(3, 4)))).isEqualTo("line");
        ChartSpec heatmap = ChartSpec.heatmap("h", "Retention", List.of("M0", "M1"), List.of("2026-01"))
                .categoryLabel("Cohort").cell(0, 0, 1).cell(1, 0, new BigDecimal("0.50"));
        assertThat(heatmap.table()).containsExactly(List.of("Cohort", "M0", "M1"), List.of("2026-01", "1", "0.5"));
        assertThatThrownBy(() -> ChartSpec.bar("b", List.of("a", "b")).series("s", List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvCellsCannotRunAsFormulasButNumbersStayNumbers() {
        ChartSpec spec = ChartSpec.bar("Cost", List.of("=HYPERLINK(\"x\")", "+1", "@a", "Plain, with comma"))
                .categoryLabel("Tool").series("Cost", List.of(-5, 2, 3, 4));
        String csv = ChartCsv.of(spec);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",-5").contains("'+1,2").contains("'@a,3")
                .contains("\"Plain, with comma\",4");
    }

    @Test
    void theComponentLabelsItsCanvasAndOffersTableAndDownload() {
        EChart chart = new EChart(ChartSpec.bar("Monthly cost", List.of("CRM")).categoryLabel("Category")
                .series("CNY", List.of(new BigDecimal("99.50"))));
        chart.setChartId("cost-chart");
        UI.getCurrent().add(chart);

        Div canvas = (Div) chart.getContent().getChildren().findFirst().orElseThrow();
        assertThat(canvas.getId()).contains("cost-chart-canvas");
        assertThat(canvas.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getElement().getAttribute("aria-label")).isEqualTo("Monthly cost");
        assertThat(canvas.isVisible()).isTrue();
        assertThat(find(chart.getElement(), "table")).as("no table elements until the disclosure opens").isNull();
        _get(chart, Details.class).setOpened(true);
        Element table = find(chart.getElement(), "table");
        assertThat(table.getChildren().map(Element::getTextRecursively))
                .containsExactly("Monthly cost", "CategoryCNY", "CRM99.5");
        assertThat(chart.getElement().toString()).contains("Download data (CSV)");
    }

    @Test
    void aSparklineIsOnlyItsCanvas() {
        EChart chart = new EChart(ChartSpec.sparkline("Members, day by day", List.of("2026-12-01", "2026-12-02"),
                "Members", List.of(10, 12)));
        chart.setChartId("spark");
        UI.getCurrent().add(chart);

        assertThat(chart.getContent().getChildren()).hasSize(1);
        assertThat(chart.getElement().toString()).doesNotContain("Download data (CSV)");
        assertThat(find(chart.getElement(), "vaadin-details")).isNull();
    }

    @Test
    void anEmptyChartSaysSoInsteadOfDrawing() {
        EChart chart = new EChart(ChartSpec.bar("Nothing", List.of()));
        UI.getCurrent().add(chart);
        Div canvas = (Div) chart.getContent().getChildren().findFirst().orElseThrow();
        assertThat(canvas.isVisible()).isFalse();
        assertThat(chart.getElement().toString()).contains("No data to chart yet.");
    }

    private static Element find(Element root, String tag) {
        if (root.isTextNode()) {
            return null;
        }
        if (root.getTag().equals(tag)) {
            return root;
        }
        return root.getChildren().map(child -> find(child, tag)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static String type(ChartSpec spec) {
        return JSON.readTree(spec.toJson()).at("/series/0/type").asString();
    }
}
