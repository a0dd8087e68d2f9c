package app.communityops.money.ui;

import app.communityops.money.Currencies;
import app.communityops.money.MemberChoice;
import app.communityops.money.OfferSummary;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.PartnerChoice;
import app.communityops.money.SalesChannel;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
 * offer's price and currency are filled in and may be changed (discounts, other currencies). The referrer, for
 * commission, is nobody, another member of the community (searched like the buyer) or one of the tenant's partners.
 */
class OrderDialog extends Dialog {

    enum ReferrerKind { NONE, MEMBER, PARTNER }

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
    private final RadioButtonGroup<ReferrerKind> referrerKind = new RadioButtonGroup<>();
    private final ComboBox<MemberChoice> referrerMember = new ComboBox<>();
    private final ComboBox<PartnerChoice> referrerPartner = new ComboBox<>();

    OrderDialog(OrderService orders, UUID communityId, List<OfferSummary> offers, List<PartnerChoice> partners,
                ZoneId zone, Runnable onSaved) {
        this.orders = orders;
        this.communityId = communityId;
        this.onSaved = onSaved;
        setId("order-dialog");
        setHeaderTitle(getTranslation("money.order.new"));
        setWidth("min(40rem, 100vw)");
        member.setId("order-member");
        member.setLabel(getTranslation("money.order.member"));
        // A short list of matches, not a directory: only the first page is ever served.
        searchMembers(member);
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
        configureReferrer(partners);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(amount).bind("amount");
        binder.forField(currency).bind("currency");
        binder.forField(paidAt).bind("paidAt");
        binder.forField(channel).bind("channel");
        binder.forField(reference).bind("reference");
        OrderForm initial = new OrderForm();
        initial.setPaidAt(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        binder.readBean(initial);
        FormLayout layout = new FormLayout(member, offer, amount, currency, paidAt, channel, reference);
        layout.add(referrerKind, 2);
        layout.add(referrerMember, referrerPartner);
        add(layout);
        FormDialogButtons.primary(this, getTranslation("action.save"), "order-save", "order-cancel",
                event -> save());
    }

    /** A short list of matches, not a directory: only the first page is ever served. */
    private void searchMembers(ComboBox<MemberChoice> field) {
        field.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : orders.members(communityId, query.getFilter().orElse(""), query.getLimit()).stream());
        field.setItemLabelGenerator(MemberChoice::label);
    }

    private void configureReferrer(List<PartnerChoice> partners) {
        referrerKind.setId("order-referrer-kind");
        referrerKind.setLabel(getTranslation("money.order.referrer"));
        referrerKind.setHelperText(getTranslation("money.order.referrerHelper"));
        referrerKind.setItems(ReferrerKind.values());
        referrerKind.setItemLabelGenerator(kind -> getTranslation("money.order.referrer." + kind.name()));
        referrerKind.setValue(ReferrerKind.NONE);
        referrerMember.setId("order-referrer-member");
        referrerMember.setLabel(getTranslation("money.order.referrerMember"));
        searchMembers(referrerMember);
        referrerPartner.setId("order-referrer-partner");
        referrerPartner.setLabel(getTranslation("money.order.referrerPartner"));
        referrerPartner.setItems(partners);
        referrerPartner.setItemLabelGenerator(PartnerChoice::name);
        referrerKind.addValueChangeListener(event -> showReferrer(event.getValue()));
        showReferrer(ReferrerKind.NONE);
    }

    private void showReferrer(ReferrerKind kind) {
        referrerMember.setVisible(kind == ReferrerKind.MEMBER);
        referrerPartner.setVisible(kind == ReferrerKind.PARTNER);
        if (kind != ReferrerKind.MEMBER) {
            referrerMember.clear();
        }
        if (kind != ReferrerKind.PARTNER) {
            referrerPartner.clear();
        }
    }

    private void save() {
        OrderForm form = new OrderForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        form.setMemberId(member.getValue() == null ? null : member.getValue().id());
        form.setOfferId(offer.getValue() == null ? null : offer.getValue().id());
        form.setReferrerMemberId(referrerMember.getValue() == null ? null : referrerMember.getValue().id());
        form.setReferrerPartnerId(referrerPartner.getValue() == null ? null : referrerPartner.getValue().id());
        if (referrerKind.getValue() == ReferrerKind.MEMBER && form.getReferrerMemberId() == null) {
            referrerMember.setErrorMessage(getTranslation("money.order.referrerMissing"));
            referrerMember.setInvalid(true);
            return;
        }
        if (referrerKind.getValue() == ReferrerKind.PARTNER && form.getReferrerPartnerId() == null) {
            referrerPartner.setErrorMessage(getTranslation("money.order.referrerMissing"));
            referrerPartner.setInvalid(true);
            return;
        }
        try {
            orders.create(communityId, form);
            Notifications.success(getTranslation("money.order.saved"));
            close();
            onSaved.run();
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("memberId", member, "offerId", offer,
                    "amount", amount, "currency", currency, "paidAt", paidAt, "reference", reference,
                    "referrerMemberId", referrerMember, "referrerPartnerId", referrerPartner));
        }
    }
}
