package app.communityops.kpi.ui;

import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The plain KPI table: value, target, where it should be by now and its forecast while the period runs (the method on
 * hover), status badge, the value of the span it compares with and the change; the definition on hover.
 */
class KpiTable extends Grid<KpiValue> {

    private String currency = "CNY";

    KpiTable() {
        setId("kpi-table");
        addComponentColumn(this::name).setKey("kpi").setHeader(getTranslation("kpi.table.kpi")).setFlexGrow(2);
        addColumn(value -> KpiLabels.value(value.kpi(), value.value(), value.currency())).setKey("value")
                .setHeader(getTranslation("kpi.table.value")).setAutoWidth(true);
        addColumn(value -> KpiLabels.value(value.kpi(), value.target(), value.currency())).setKey("target")
                .setHeader(getTranslation("kpi.table.target")).setAutoWidth(true);
        addComponentColumn(this::expected).setKey("expected").setHeader(getTranslation("kpi.table.expected"))
                .setAutoWidth(true);
        addColumn(value -> value.pacing() == null ? "–"
                : KpiLabels.value(value.kpi(), value.pacing().forecast(), value.currency())).setKey("forecast")
                .setHeader(getTranslation("kpi.table.forecast")).setAutoWidth(true);
        addComponentColumn(value -> KpiLabels.status(this, value.status(), "kpi-status-" + value.kpi().name()))
                .setKey("status").setHeader(getTranslation("kpi.table.status")).setAutoWidth(true);
        addColumn(value -> KpiLabels.value(value.kpi(), value.previous(), value.currency())).setKey("previous")
                .setHeader(getTranslation("kpi.table.previous")).setAutoWidth(true);
        addColumn(value -> change(value.changePercent())).setKey("change")
                .setHeader(getTranslation("kpi.table.change")).setAutoWidth(true);
        setAllRowsVisible(true);
    }

    void show(KpiBoard board) {
        currency = board.currency();
        // The header names the days the previous values cover: "Compared with 1–5 Nov" while the period runs.
        getColumnByKey("previous").setHeader(board.compared().map(span -> getTranslation("kpi.table.comparedWith",
                DashboardFormat.span(this, span))).orElse(getTranslation("kpi.table.previous")));
        // Where it should be by now and the forecast only while the period runs with targets, as in the report.
        boolean paced = board.values().stream().anyMatch(value -> value.pacing() != null);
        getColumnByKey("expected").setVisible(paced);
        getColumnByKey("forecast").setVisible(paced);
        setItems(board.values());
    }

    /** Where the KPI should be by now for its target, with the method on hover; a dash when it is not paced. */
    private Span expected(KpiValue value) {
        Span cell = new Span(value.pacing() == null ? "–"
                : KpiLabels.value(value.kpi(), value.pacing().expected(), value.currency()));
        cell.setId("kpi-expected-" + value.kpi().name());
        if (value.pacing() != null) {
            String method = KpiPace.method(this, value);
            Tooltip.forComponent(cell).setText(method);
            cell.getElement().setAttribute("aria-description", method);
        }
        return cell;
    }

    String currency() {
        return currency;
    }

    private Span name(KpiValue value) {
        String text = getTranslation(value.kpi().nameKey());
        if (!value.kpi().higherIsBetter()) {
            text += " (" + getTranslation("kpi.table.lowerIsBetter") + ")";
        }
        Span name = new Span(text);
        name.setId("kpi-name-" + value.kpi().name());
        Tooltip.forComponent(name).setText(getTranslation(value.kpi().definitionKey()));
        name.getElement().setAttribute("aria-description", getTranslation(value.kpi().definitionKey()));
        return name;
    }

    private static String change(@Nullable BigDecimal percent) {
        return percent == null ? "–" : (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + " %";
    }
}
