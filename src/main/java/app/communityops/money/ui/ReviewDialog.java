package app.communityops.money.ui;

import app.communityops.money.OrderService;
import app.communityops.money.OrderSummary;
import app.communityops.money.ReviewForm;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** The buyer's review of an order: a rating 1–5 and what they said. */
class ReviewDialog extends Dialog {

    ReviewDialog(OrderService orders, OrderSummary order, Runnable onSaved) {
        setId("review-dialog");
        setHeaderTitle(getTranslation("money.review.title", order.memberName(), order.offerName()));
        Select<Integer> rating = new Select<>();
        rating.setId("review-rating");
        rating.setLabel(getTranslation("money.review.rating"));
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(stars -> "★".repeat(stars) + " " + stars);
        rating.setValue(order.rating() == null ? 5 : order.rating());
        TextArea text = new TextArea(getTranslation("money.review.text"));
        text.setId("review-text");
        text.setMaxLength(2000);
        text.setValue(order.reviewText() == null ? "" : order.reviewText());
        add(new FormLayout(rating, text));
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                orders.review(order.id(), ReviewForm.of(order.memberId(), rating.getValue(), text.getValue()));
                Notifications.success(getTranslation("money.review.saved"));
                close();
                onSaved.run();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.of("rating", rating));
            }
        });
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
