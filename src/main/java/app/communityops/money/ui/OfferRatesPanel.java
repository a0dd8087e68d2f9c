package app.communityops.money.ui;

import app.communityops.money.CommissionService;
import app.communityops.money.OfferRate;
import app.communityops.money.OfferSummary;
import app.communityops.money.PartnerSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The selected partner's rates for single offers, which win over the rate of the offer's type: set (add or change)
 * from the bar, or removed after a confirmation so the type's rate applies again.
 */
class OfferRatesPanel extends VerticalLayout {

    private final CommissionService commissions;
    private final Runnable onChanged;
    private final Grid<OfferRate> grid = new Grid<>();
    private final Select<OfferSummary> offer = new Select<>();
    private final BigDecimalField percent = new BigDecimalField();
    private final Button set = new Button();
    private @Nullable PartnerSummary partner;

    OfferRatesPanel(CommissionService commissions, List<OfferSummary> offers, Runnable onChanged) {
        this.commissions = commissions;
        this.onChanged = onChanged;
        setId("offer-rates");
        setPadding(false);
        Paragraph rule = new Paragraph(getTranslation("money.commission.offerRule"));
        rule.setId("offer-rate-rule");
        offer.setId("offer-rate-offer");
        offer.setLabel(getTranslation("money.order.offer"));
        offer.setItems(offers);
        offer.setItemLabelGenerator(o -> o.name() + " · " + getTranslation("money.offer.type." + o.type().name()));
        percent.setId("offer-rate-percent");
        percent.setLabel(getTranslation("money.commission.percent"));
        set.setText(getTranslation("money.commission.setOfferRate"));
        set.setId("offer-rate-set");
        set.addClickListener(click -> save());
        HorizontalLayout bar = new HorizontalLayout(offer, percent, set);
        bar.setAlignItems(Alignment.BASELINE);
        configureGrid();
        add(new H3(getTranslation("money.commission.offerRates")), rule, bar, grid);
        show(null);
    }

    private void configureGrid() {
        grid.setId("offer-rates-grid");
        grid.addColumn(OfferRate::offerName).setKey("offer").setHeader(getTranslation("money.order.offer"))
                .setFlexGrow(2);
        grid.addColumn(rate -> getTranslation("money.offer.type." + rate.offerType().name())).setKey("type")
                .setHeader(getTranslation("money.offer.type"));
        grid.addColumn(rate -> percentText(rate.rate())).setKey("rate")
                .setHeader(getTranslation("money.commission.offerRate"));
        grid.addColumn(rate -> rate.typeRate() == null ? getTranslation("money.commission.noTypeRate")
                        : percentText(rate.typeRate())).setKey("typeRate")
                .setHeader(getTranslation("money.commission.typeRateReplaced"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    /** Shows the partner's offer rates, or asks for a partner when none is selected. */
    void show(@Nullable PartnerSummary selected) {
        partner = selected;
        set.setEnabled(selected != null);
        offer.clear();
        percent.clear();
        percent.setInvalid(false);
        grid.setEmptyStateText(getTranslation(selected == null ? "money.commission.offerRatesPick"
                : "money.commission.offerRatesEmpty"));
        grid.setItems(selected == null ? List.of() : commissions.offerRates(selected.id()));
    }

    private HorizontalLayout actions(OfferRate rate) {
        Button change = new Button(getTranslation("money.commission.change"), click -> {
            offer.getListDataView().getItems().filter(o -> o.id().equals(rate.offerId())).findFirst()
                    .ifPresent(offer::setValue);
            percent.setValue(rate.rate().movePointRight(2).stripTrailingZeros());
            percent.focus();
        });
        change.setId("offer-rate-change-" + rate.offerId());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("money.commission.remove"), click -> Confirm.danger(
                getTranslation("money.commission.remove"),
                getTranslation("money.commission.removeConfirm", rate.offerName()),
                getTranslation("money.commission.remove"), () -> remove(rate)));
        remove.setId("offer-rate-remove-" + rate.offerId());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(change, remove);
    }

    private void save() {
        PartnerSummary current = partner;
        if (current == null || offer.getValue() == null || percent.getValue() == null) {
            Notifications.error(getTranslation("money.commission.pickOfferFirst"));
            return;
        }
        try {
            commissions.setRate(current.id(), null, offer.getValue().id(),
                    percent.getValue().movePointLeft(2).stripTrailingZeros());
            Notifications.success(getTranslation("money.commission.offerRateSaved"));
            changed(current);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("rate", percent, "offerId", offer));
        }
    }

    private void remove(OfferRate rate) {
        PartnerSummary current = partner;
        if (current == null) {
            return;
        }
        commissions.removeOfferRate(current.id(), rate.offerId());
        changed(current);
    }

    private void changed(PartnerSummary current) {
        onChanged.run();
        show(current);
    }

    private static String percentText(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
