package app.communityops.today.ui;

import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberSort;
import app.communityops.members.MembershipQueryService;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountSummary;
import app.communityops.shared.ui.FormErrors;
import app.communityops.today.Task;
import app.communityops.today.TaskForm;
import app.communityops.today.TodayService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** "New task": a community, what is to be done, when, and optionally who and for which member. */
class TaskDialog extends Dialog {

    private final TodayService today;
    private final MembershipQueryService memberQueries;
    private final ZoneId zone;
    private final Consumer<Task> onCreated;
    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final TextField title = new TextField();
    private final DateTimePicker due = new DateTimePicker();
    private final ComboBox<AccountSummary> assignee = new ComboBox<>();
    private final ComboBox<MemberRow> member = new ComboBox<>();

    TaskDialog(TodayService today, List<CommunitySummary> communities, MembershipQueryService memberQueries,
               ZoneId zone, Clock clock, Consumer<Task> onCreated) {
        this.today = today;
        this.memberQueries = memberQueries;
        this.zone = zone;
        this.onCreated = onCreated;
        setId("today-task-dialog");
        setHeaderTitle(getTranslation("today.form.title"));
        setWidth("min(36rem, 100vw)");
        community.setId("today-form-community");
        community.setLabel(getTranslation("today.form.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setRequiredIndicatorVisible(true);
        community.addValueChangeListener(event -> communityChosen(event.getValue()));
        title.setId("today-form-title");
        title.setLabel(getTranslation("today.form.taskTitle"));
        title.setMaxLength(TaskForm.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        due.setId("today-form-due");
        due.setLabel(getTranslation("today.form.due"));
        due.setLocale(getLocale());
        due.setRequiredIndicatorVisible(true);
        due.setValue(LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.HOURS).plusHours(2));
        assignee.setId("today-form-assignee");
        assignee.setLabel(getTranslation("today.form.assignee"));
        assignee.setHelperText(getTranslation("today.form.assigneeHelper"));
        assignee.setItemLabelGenerator(person -> person.role() == AccountRole.TENANT_ADMIN
                ? getTranslation("today.reassign.admin", person.displayName()) : person.displayName());
        assignee.setClearButtonVisible(true);
        member.setId("today-form-member");
        member.setLabel(getTranslation("today.form.member"));
        member.setHelperText(getTranslation("today.form.memberHelper"));
        member.setItemLabelGenerator(row -> row.handle() == null ? row.name() : row.name() + " (" + row.handle() + ")");
        member.setClearButtonVisible(true);
        FormLayout form = new FormLayout(community, title, due, assignee, member);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("action.create"), event -> save());
        save.setId("today-form-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
        if (communities.size() == 1) {
            community.setValue(communities.getFirst());
        }
        communityChosen(community.getValue());
    }

    private void communityChosen(CommunitySummary chosen) {
        assignee.clear();
        member.clear();
        assignee.setEnabled(chosen != null);
        member.setEnabled(chosen != null);
        if (chosen == null) {
            assignee.setItems(List.of());
            member.setItems(List.of());
            return;
        }
        assignee.setItems(today.assignees(chosen.id()));
        MemberFilter all = MemberFilter.all(chosen.id()).withZone(zone);
        member.setItems(query -> memberQueries.page(all.withText(query.getFilter().orElse(null)), MemberSort.BY_NAME,
                query.getOffset(), Math.min(query.getLimit(), MembershipQueryService.MAX_PAGE)).stream());
    }

    private void save() {
        CommunitySummary chosen = community.getValue();
        AccountSummary person = assignee.getValue();
        MemberRow row = member.getValue();
        LocalDateTime when = due.getValue();
        try {
            Task task = today.create(new TaskForm(chosen == null ? null : chosen.id(),
                    title.getValue() == null ? "" : title.getValue(), when == null ? null : when.atZone(zone).toInstant(),
                    person == null ? null : person.id(), row == null ? null : row.membershipId()));
            close();
            onCreated.accept(task);
        } catch (RuntimeException error) {
            if (!FormErrors.show(error, Map.of("community", community, "title", title, "due", due,
                    "assignee", assignee, "member", member))) {
                throw error;
            }
        }
    }
}
