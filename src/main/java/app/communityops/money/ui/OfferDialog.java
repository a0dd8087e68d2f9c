package app.communityops.money.ui;

import app.communityops.community.CommunitySummary;
import app.communityops.money.Currencies;
import app.communityops.money.OfferForm;
import app.communityops.money.OfferService;
import app.communityops.money.OfferStatus;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates an offer or edits one: what it is, its price, where and when it is sold, and how staff sell it. */
class OfferDialog extends Dialog {

    private final OfferService offers;
    private final @Nullable OfferSummary editing;
    private final Runnable onSaved;
    private final Binder<OfferForm> binder = new BeanValidationBinder<>(OfferForm.class);
    private final TextField name = new TextField();
    private final Select<OfferType> type = new Select<>();
    private final BigDecimalField price = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final Select<OfferStatus> status = new Select<>();
    private final DatePicker saleFrom = new DatePicker();
    private final DatePicker saleUntil = new DatePicker();
    private final Checkbox hitProduct = new Checkbox();
    private final TextArea salesScript = new TextArea();
    private final TextArea followUpNotes = new TextArea();
    private final MultiSelectComboBox<CommunitySummary> communities = new MultiSelectComboBox<>();

    OfferDialog(OfferService offers, ZoneId zone, List<CommunitySummary> choices, @Nullable OfferSummary editing,
                Set<java.util.UUID> preset, Runnable onSaved) {
        this.offers = offers;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("offer-dialog");
        setHeaderTitle(getTranslation(editing == null ? "money.offer.new" : "money.offer.edit"));
        setWidth("min(48rem, 100vw)");
        configure(choices);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(type).bind("type");
        binder.forField(price).bind("price");
        binder.forField(currency).bind("currency");
        binder.forField(status).bind("status");
        binder.forField(saleFrom).bind("saleFrom");
        binder.forField(saleUntil).bind("saleUntil");
        binder.forField(hitProduct).bind("hitProduct");
        binder.forField(salesScript).bind("salesScript");
        binder.forField(followUpNotes).bind("followUpNotes");
        OfferForm form = editing == null ? new OfferForm()
                : OfferForm.of(editing, day(editing.saleFrom(), zone, false), day(editing.saleUntil(), zone, true));
        binder.readBean(form);
        Set<java.util.UUID> selected = editing == null ? preset : editing.communityIds();
        communities.setValue(choices.stream().filter(c -> selected.contains(c.id())).collect(Collectors.toSet()));
        FormLayout layout = new FormLayout(name, type, price, currency, status, communities, saleFrom, saleUntil,
                hitProduct, salesScript, followUpNotes);
        layout.setColspan(salesScript, 2);
        layout.setColspan(followUpNotes, 2);
        add(layout);
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    private void configure(List<CommunitySummary> choices) {
        name.setId("offer-name");
        name.setLabel(getTranslation("money.offer.name"));
        type.setId("offer-type");
        type.setLabel(getTranslation("money.offer.type"));
        type.setItems(OfferType.values());
        type.setItemLabelGenerator(value -> getTranslation("money.offer.type." + value.name()));
        price.setId("offer-price");
        price.setLabel(getTranslation("money.offer.price"));
        currency.setId("offer-currency");
        currency.setLabel(getTranslation("money.currency"));
        currency.setItems(Currencies.COMMON);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(event -> currency.setValue(event.getDetail().strip().toUpperCase()));
        status.setId("offer-status");
        status.setLabel(getTranslation("money.offer.status"));
        status.setItems(OfferStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("money.offer.status." + value.name()));
        saleFrom.setId("offer-sale-from");
        saleFrom.setLabel(getTranslation("money.offer.saleFrom"));
        saleFrom.setClearButtonVisible(true);
        saleUntil.setId("offer-sale-until");
        saleUntil.setLabel(getTranslation("money.offer.saleUntil"));
        saleUntil.setHelperText(getTranslation("money.offer.saleUntilHelper"));
        saleUntil.setClearButtonVisible(true);
        hitProduct.setId("offer-hit");
        hitProduct.setLabel(getTranslation("money.offer.hitProduct"));
        salesScript.setId("offer-script");
        salesScript.setLabel(getTranslation("money.offer.salesScript"));
        followUpNotes.setId("offer-follow-up");
        followUpNotes.setLabel(getTranslation("money.offer.followUp"));
        communities.setId("offer-communities");
        communities.setLabel(getTranslation("money.offer.communities"));
        communities.setItems(choices);
        communities.setItemLabelGenerator(CommunitySummary::name);
    }

    private void save() {
        OfferForm form = new OfferForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        form.setCommunityIds(communities.getValue().stream().map(CommunitySummary::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        try {
            if (editing == null) {
                offers.create(form);
            } else {
                offers.update(editing.id(), editing.version(), form);
            }
            Notifications.success(getTranslation("money.offer.saved", form.getName()));
            close();
            onSaved.run();
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(() -> {
                close();
                onSaved.run();
            });
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("name", name, "price", price, "currency", currency,
                    "saleUntil", saleUntil, "communityIds", communities, "status", status));
        }
    }

    private static @Nullable LocalDate day(@Nullable Instant instant, ZoneId zone, boolean exclusiveEnd) {
        if (instant == null) {
            return null;
        }
        LocalDate day = instant.atZone(zone).toLocalDate();
        return exclusiveEnd ? day.minusDays(1) : day;
    }
}
