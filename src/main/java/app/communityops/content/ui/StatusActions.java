package app.communityops.content.ui;

import app.communityops.content.ContentDetails;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/** Buttons for the moves the workflow allows from an item's status; archiving asks first. */
class StatusActions extends Div {

    StatusActions(ContentService content, ContentDetails item, Runnable refresh) {
        addClassName("content-actions");
        for (ContentStatus target : item.status().next()) {
            Button move = new Button(getTranslation("content.move." + target.name()));
            move.setId("move-" + target.name() + "-" + item.id());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL, target == ContentStatus.ARCHIVED
                    ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_CONTRAST);
            move.addClickListener(event -> {
                if (target == ContentStatus.ARCHIVED) {
                    Confirm.danger(getTranslation("content.archive.title", item.title()),
                            getTranslation("content.archive.text"), getTranslation("content.move.ARCHIVED"),
                            () -> move(content, item, target, refresh));
                } else {
                    move(content, item, target, refresh);
                }
            });
            add(move);
        }
    }

    private void move(ContentService content, ContentDetails item, ContentStatus target, Runnable refresh) {
        try {
            content.move(item.id(), item.version(), target);
            Notifications.success(getTranslation("content.moved", item.title(),
                    ContentLabels.status(this, target)));
            refresh.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(refresh);
        } catch (UserFacingException refusal) {
            ContentErrors.show(refusal, Map.of());
        }
    }
}
