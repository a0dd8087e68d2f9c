package app.communityops.kpi.ui;

import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The plain KPI table: value, target, status badge, previous period and change; the definition on hover. */
class KpiTable extends Grid<KpiValue> {

    private String currency = "CNY";

    KpiTable() {
        setId("kpi-table");
        addComponentColumn(this::name).setKey("kpi").setHeader(getTranslation("kpi.table.kpi")).setFlexGrow(2);
        addColumn(value -> KpiLabels.value(value.kpi(), value.value(), value.currency())).setKey("value")
                .setHeader(getTranslation("kpi.table.value")).setAutoWidth(true);
        addColumn(value -> KpiLabels.value(value.kpi(), value.target(), value.currency())).setKey("target")
                .setHeader(getTranslation("kpi.table.target")).setAutoWidth(true);
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
        setItems(board.values());
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
