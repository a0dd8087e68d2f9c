package app.communityops.money.ui;

import app.communityops.money.Currencies;
import app.communityops.money.MemberChoice;
import app.communityops.money.OfferSummary;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.SalesChannel;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Records an order of one of the community's members: the member is picked from a short, searched list; the
 * offer's price and currency are filled in and may be changed (discounts, other currencies).
 */
class OrderDialog extends Dialog {

    private final OrderService orders;
    private final UUID communityId;
    private final Runnable onSaved;
    private final Binder<OrderForm> binder = new BeanValidationBinder<>(OrderForm.class);
    private final ComboBox<MemberChoice> member = new ComboBox<>();
    private final Select<OfferSummary> offer = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final DateTimePicker paidAt = new DateTimePicker();
    private final Select<SalesChannel> channel = new Select<>();
    private final TextField reference = new TextField();

    OrderDialog(OrderService orders, UUID communityId, List<OfferSummary> offers, ZoneId zone, Runnable onSaved) {
        this.orders = orders;
        this.communityId = communityId;
        this.onSaved = onSaved;
        setId("order-dialog");
        setHeaderTitle(getTranslation("money.order.new"));
        setWidth("min(40rem, 100vw)");
        member.setId("order-member");
        member.setLabel(getTranslation("money.order.member"));
        // A short list of matches, not a directory: only the first page is ever served.
        member.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : orders.members(communityId, query.getFilter().orElse(""), query.getLimit()).stream());
        member.setItemLabelGenerator(MemberChoice::label);
        member.setRequiredIndicatorVisible(true);
        offer.setId("order-offer");
        offer.setLabel(getTranslation("money.order.offer"));
        offer.setItems(offers);
        offer.setItemLabelGenerator(o -> o.name() + " · " + getTranslation("money.offer.status." + o.status().name()));
        offer.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                amount.setValue(event.getValue().price());
                currency.setValue(event.getValue().currency());
            }
        });
        amount.setId("order-amount");
        amount.setLabel(getTranslation("money.order.amount"));
        currency.setId("order-currency");
        currency.setLabel(getTranslation("money.currency"));
        currency.setItems(Currencies.COMMON);
        paidAt.setId("order-paid-at");
        paidAt.setLabel(getTranslation("money.order.paidAt"));
        paidAt.setHelperText(getTranslation("money.order.paidAtHelper", zone.getId()));
        channel.setId("order-channel");
        channel.setLabel(getTranslation("money.order.channel"));
        channel.setItems(SalesChannel.values());
        channel.setItemLabelGenerator(value -> getTranslation("money.order.channel." + value.name()));
        reference.setId("order-reference");
        reference.setLabel(getTranslation("money.order.reference"));
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(amount).bind("amount");
        binder.forField(currency).bind("currency");
        binder.forField(paidAt).bind("paidAt");
        binder.forField(channel).bind("channel");
        binder.forField(reference).bind("reference");
        OrderForm initial = new OrderForm();
        initial.setPaidAt(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        binder.readBean(initial);
        add(new FormLayout(member, offer, amount, currency, paidAt, channel, reference));
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("order-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    private void save() {
        OrderForm form = new OrderForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        form.setMemberId(member.getValue() == null ? null : member.getValue().id());
        form.setOfferId(offer.getValue() == null ? null : offer.getValue().id());
        try {
            orders.create(communityId, form);
            Notifications.success(getTranslation("money.order.saved"));
            close();
            onSaved.run();
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("memberId", member, "offerId", offer,
                    "amount", amount, "currency", currency, "paidAt", paidAt, "reference", reference));
        }
    }
}
