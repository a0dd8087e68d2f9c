package app.communityops.money.ui;

import app.communityops.money.CurrencyFigures;
import app.communityops.money.MoneyFigures;
import app.communityops.money.Rate;
import app.communityops.money.StreamRevenue;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The money KPIs for a period the user picks: counts and rates as cards (each with its definition as a tooltip),
 * revenue by stream and per currency. Amounts in different currencies stay on separate rows.
 */
class FiguresPanel extends VerticalLayout {

    private final BiFunction<LocalDate, LocalDate, MoneyFigures> source;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final FlexLayout cards = new FlexLayout();
    private final Grid<StreamRevenue> streams = new Grid<>();
    private final Grid<CurrencyFigures> currencies = new Grid<>();
    private final FlexLayout periodBar = new FlexLayout();
    private final List<BiConsumer<LocalDate, LocalDate>> periodListeners = new ArrayList<>();

    FiguresPanel(BiFunction<LocalDate, LocalDate, MoneyFigures> source, LocalDate today) {
        this.source = source;
        setId("money-figures");
        setPadding(false);
        from.setId("figures-from");
        from.setLabel(getTranslation("money.figures.from"));
        from.setValue(today.minusDays(89));
        to.setId("figures-to");
        to.setLabel(getTranslation("money.figures.to"));
        to.setValue(today);
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        configureGrids();
        periodBar.add(from, new Span(" "), to);
        periodBar.setAlignItems(Alignment.BASELINE);
        periodBar.getStyle().set("gap", "var(--lumo-space-s)");
        add(periodBar, cards, new H3(getTranslation("money.figures.byStream")), streams,
                new H3(getTranslation("money.figures.byCurrency")), currencies);
        refresh();
    }

    /** Puts a component beside the period picker and tells it the period now and whenever it changes. */
    void addToPeriodBar(com.vaadin.flow.component.Component component, BiConsumer<LocalDate, LocalDate> onPeriod) {
        periodBar.add(component);
        periodListeners.add(onPeriod);
        if (from.getValue() != null && to.getValue() != null) {
            onPeriod.accept(from.getValue(), to.getValue());
        }
    }

    private void configureGrids() {
        streams.setId("figures-streams");
        streams.addColumn(row -> getTranslation("money.offer.type." + row.type().name())).setKey("stream")
                .setHeader(getTranslation("money.figures.stream"));
        streams.addColumn(StreamRevenue::currency).setKey("currency").setHeader(getTranslation("money.currency"));
        streams.addColumn(row -> MoneyLabels.amount(row.currency(), row.amount())).setKey("revenue")
                .setHeader(getTranslation("money.figures.revenue"));
        streams.setAllRowsVisible(true);
        streams.setEmptyStateText(getTranslation("money.figures.noRevenue"));
        currencies.setId("figures-currencies");
        currencies.addColumn(CurrencyFigures::currency).setKey("currency").setHeader(getTranslation("money.currency"));
        currencies.addColumn(row -> MoneyLabels.amount(row.currency(), row.netRevenue())).setKey("revenue")
                .setHeader(getTranslation("money.figures.revenue"));
        currencies.addColumn(row -> MoneyLabels.amount(row.currency(), row.refunded())).setKey("refunded")
                .setHeader(getTranslation("money.figures.refunded"));
        currencies.addColumn(CurrencyFigures::payingMembers).setKey("paying")
                .setHeader(getTranslation("money.figures.payingMembers"));
        currencies.addColumn(row -> MoneyLabels.amount(row.currency(), row.arppu())).setKey("arppu")
                .setHeader(getTranslation("money.figures.arppu"));
        currencies.getColumnByKey("arppu").setTooltipGenerator(row -> getTranslation("money.figures.help.arppu"));
        currencies.setAllRowsVisible(true);
        currencies.setEmptyStateText(getTranslation("money.figures.noRevenue"));
    }

    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null) {
            return;
        }
        to.setInvalid(false);
        periodListeners.forEach(listener -> listener.accept(start, end));
        try {
            show(source.apply(start, end));
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of("to", to));
        }
    }

    private void show(MoneyFigures figures) {
        cards.removeAll();
        cards.add(card("orders", String.valueOf(figures.orders())),
                card("payingMembers", String.valueOf(figures.payingMembers())),
                card("firstPurchase", MoneyLabels.rate(this, figures.firstPurchaseRate())),
                card("repurchase", MoneyLabels.rate(this, figures.repurchaseRate())),
                card("positiveReview", rateWithThreshold(figures)),
                card("refund", MoneyLabels.rate(this, figures.refundRate())));
        streams.setItems(figures.revenue());
        currencies.setItems(figures.currencies());
    }

    private String rateWithThreshold(MoneyFigures figures) {
        Rate rate = figures.positiveReviewRate();
        return MoneyLabels.rate(this, rate) + " · ≥ " + figures.positiveThreshold() + "★";
    }

    private Div card(String key, String value) {
        Span label = new Span(getTranslation("money.figures." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.setId("figure-" + key);
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(label, new Div(number));
        card.addClassName("money-card");
        card.setTitle(getTranslation("money.figures.help." + key));
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "10rem");
        return card;
    }
}
