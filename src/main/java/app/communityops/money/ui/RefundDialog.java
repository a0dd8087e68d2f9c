package app.communityops.money.ui;

import app.communityops.money.OrderService;
import app.communityops.money.OrderSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Refunds part or all of what is left of an order; more than that is refused beside the amount. */
class RefundDialog extends Dialog {

    RefundDialog(OrderService orders, OrderSummary order, Runnable onSaved) {
        setId("refund-dialog");
        setHeaderTitle(getTranslation("money.refund.title", order.offerName(), order.memberName()));
        BigDecimalField amount = new BigDecimalField(getTranslation("money.refund.amount"));
        amount.setId("refund-amount");
        amount.setValue(order.refundable());
        amount.setHelperText(getTranslation("money.refund.refundable",
                MoneyLabels.amount(order.currency(), order.refundable())));
        TextField reason = new TextField(getTranslation("money.refund.reason"));
        reason.setId("refund-reason");
        reason.setMaxLength(500);
        add(new FormLayout(amount, reason));
        Button save = new Button(getTranslation("money.refund.submit"), event -> {
            if (amount.getValue() == null) {
                amount.setErrorMessage(getTranslation("money.required"));
                amount.setInvalid(true);
                return;
            }
            try {
                orders.refund(order.id(), amount.getValue(), reason.getValue());
                Notifications.success(getTranslation("money.refund.saved"));
                close();
                onSaved.run();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.of("amount", amount));
            }
        });
        save.setId("refund-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
