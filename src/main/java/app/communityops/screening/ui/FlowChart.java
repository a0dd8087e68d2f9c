package app.communityops.screening.ui;

import app.communityops.screening.MonthFlow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Joins against eliminations per month as paired bars, drawn with plain elements so it needs no chart library
 * and reads in tests. Sizes and colours are inline: the chart must not depend on any stylesheet.
 */
class FlowChart extends Div {

    private static final int HEIGHT_PX = 140;

    FlowChart(List<MonthFlow> flow) {
        setId("flow-chart");
        addClassName("screening-flow-chart");
        getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "2px")
                .set("padding", "var(--lumo-space-s) 0").set("width", "100%");
        int max = Math.max(1, flow.stream().mapToInt(m -> Math.max(m.joins(), m.eliminations())).max().orElse(1));
        for (MonthFlow month : flow) {
            add(month(month, max));
        }
    }

    private Div month(MonthFlow month, int max) {
        Div bars = new Div(bar(month.joins(), max, "var(--lumo-success-color)", "flow-joins"),
                bar(month.eliminations(), max, "var(--lumo-error-color)", "flow-eliminations"));
        bars.getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "2px")
                .set("height", HEIGHT_PX + "px");
        Span label = new Span(String.format("%02d", month.month().getMonthValue()));
        label.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div column = new Div(bars, label);
        column.setId("flow-" + month.month());
        column.addClassName("flow-month");
        column.setTitle(getTranslation("screening.custom.flow.tooltip", month.month().toString(), month.joins(),
                month.eliminations()));
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("flex", "1 1 0").set("min-width", "0");
        return column;
    }

    private Div bar(int value, int max, String colour, String kind) {
        Div bar = new Div();
        bar.addClassName(kind);
        bar.getElement().setAttribute("data-value", String.valueOf(value));
        int height = value == 0 ? 1 : Math.max(3, Math.round((float) value * HEIGHT_PX / max));
        bar.getStyle().set("width", "0.45rem").set("height", height + "px").set("background", colour)
                .set("border-radius", "2px 2px 0 0").set("opacity", value == 0 ? "0.25" : "1");
        return bar;
    }
}
