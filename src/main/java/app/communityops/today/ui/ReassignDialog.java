package app.communityops.today.ui;

import app.communityops.security.AccountRole;
import app.communityops.security.AccountSummary;
import app.communityops.today.Task;
import app.communityops.today.TodayService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Gives a task to one of its community's operators or a tenant admin, or back to all of the operators. */
class ReassignDialog extends Dialog {

    ReassignDialog(TodayService today, Task task, Consumer<@Nullable UUID> onChosen) {
        setId("today-reassign-dialog");
        setHeaderTitle(getTranslation("today.reassign.title", task.title()));
        setWidth("min(28rem, 100vw)");
        List<Optional<AccountSummary>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        today.assignees(task.communityId()).forEach(person -> choices.add(Optional.of(person)));
        Select<Optional<AccountSummary>> to = new Select<>();
        to.setId("today-reassign-to");
        to.setLabel(getTranslation("today.reassign.to"));
        to.setItems(choices);
        to.setItemLabelGenerator(choice -> choice.map(person -> person.role() == AccountRole.TENANT_ADMIN
                ? getTranslation("today.reassign.admin", person.displayName()) : person.displayName())
                .orElse(getTranslation("today.assignee.operators")));
        to.setValue(choices.stream().filter(choice -> Objects.equals(choice.map(AccountSummary::id).orElse(null),
                task.assigneeId())).findFirst().orElse(choices.getFirst()));
        to.setWidthFull();
        add(to);
        Button save = new Button(getTranslation("today.action.reassign"), event -> {
            close();
            onChosen.accept(to.getValue().map(AccountSummary::id).orElse(null));
        });
        save.setId("today-reassign-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
