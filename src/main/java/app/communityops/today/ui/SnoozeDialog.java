package app.communityops.today.ui;

import app.communityops.today.SnoozeChoice;
import app.communityops.today.Task;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Snooze until a picked time, in the tenant's zone; the service refuses a time already past. */
class SnoozeDialog extends Dialog {

    SnoozeDialog(Task task, ZoneId zone, Clock clock, Consumer<Instant> onPicked) {
        setId("today-snooze-dialog");
        setHeaderTitle(getTranslation("today.snooze.title", task.title()));
        setWidth("min(28rem, 100vw)");
        DateTimePicker until = new DateTimePicker(getTranslation("today.snooze.until"));
        until.setId("today-snooze-until");
        until.setLocale(getLocale());
        until.setValue(LocalDateTime.ofInstant(SnoozeChoice.TOMORROW_MORNING.until(clock.instant(), zone), zone));
        until.setMin(LocalDateTime.ofInstant(clock.instant(), zone));
        until.setWidthFull();
        add(until);
        Button save = new Button(getTranslation("today.action.snooze"), event -> {
            LocalDateTime value = until.getValue();
            if (value == null) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation("today.error.snoozeInPast"));
                return;
            }
            close();
            onPicked.accept(value.atZone(zone).toInstant());
        });
        save.setId("today-snooze-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
