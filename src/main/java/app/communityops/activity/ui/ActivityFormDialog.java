package app.communityops.activity.ui;

import app.communityops.activity.ActivityForm;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.activity.EditScope;
import app.communityops.activity.Frequency;
import app.communityops.activity.FunnelStage;
import app.communityops.activity.HostKind;
import app.communityops.activity.MonthlyBy;
import app.communityops.activity.RecurrenceExpansion;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberSort;
import app.communityops.members.MembershipQueryService;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits an activity, with its recurrence. Editing an occurrence of a series asks whether the change is
 * for this one only or for this and all following, as calendar apps do.
 */
class ActivityFormDialog extends Dialog {

    /** A member who can host, as the lazy picker lists them. */
    record HostMember(UUID memberId, String name) {
    }

    private final ActivityService activities;
    private final UUID communityId;
    private final @Nullable ActivitySummary editing;
    private final Consumer<ActivitySummary> onSaved;
    private final ActivityForm form;
    private final BeanValidationBinder<ActivityForm> binder = new BeanValidationBinder<>(ActivityForm.class);
    private final Map<String, HasValidation> fields = new HashMap<>();

    private final ComboBox<UUID> type = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<HostKind> hostKind = new RadioButtonGroup<>();
    private final ComboBox<UUID> hostUser = new ComboBox<>();
    private final ComboBox<HostMember> hostMember = new ComboBox<>();
    private final TextField hostText = new TextField();
    private final TextField onlineLink = new TextField();
    private final TextField place = new TextField();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final IntegerField capacity = new IntegerField();
    private final Select<FunnelStage> funnelStage = new Select<>();
    private final Checkbox repeat = new Checkbox();
    private final Select<Frequency> frequency = new Select<>();
    private final IntegerField interval = new IntegerField();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final RadioButtonGroup<MonthlyBy> monthlyBy = new RadioButtonGroup<>();
    private final DatePicker until = new DatePicker();
    private final IntegerField count = new IntegerField();
    private final RadioButtonGroup<EditScope> scope = new RadioButtonGroup<>();

    ActivityFormDialog(ActivityService activities, AccountService accounts, MembershipQueryService memberQueries,
                       List<ActivityTypeSummary> types, UUID communityId, @Nullable ActivitySummary editing,
                       ActivityForm form, Consumer<ActivitySummary> onSaved) {
        this.activities = activities;
        this.communityId = communityId;
        this.editing = editing;
        this.onSaved = onSaved;
        this.form = form;
        setId("activity-dialog");
        setHeaderTitle(getTranslation(editing == null ? "activity.form.new" : "activity.form.edit"));
        setWidth("min(48rem, 100vw)");
        binder.setDefaultValidatorsEnabled(false);
        configure(accounts, memberQueries, types);
        bind();
        add(layout());
        binder.readBean(form);
        if (editing != null && editing.hostMemberId() != null) {
            hostMember.setValue(new HostMember(editing.hostMemberId(),
                    editing.hostName() == null ? "" : editing.hostName()));
        }
        refreshVisibility();
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("activity-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void configure(AccountService accounts, MembershipQueryService memberQueries,
                           List<ActivityTypeSummary> types) {
        Map<UUID, String> typeNames = new HashMap<>();
        types.forEach(t -> typeNames.put(t.id(), ActivityLabels.typeName(this, t)));
        field(type, "typeId", "activity.form.type");
        type.setItems(types.stream().map(ActivityTypeSummary::id).toList());
        type.setItemLabelGenerator(id -> typeNames.getOrDefault(id, ""));
        type.setRequiredIndicatorVisible(true);
        field(title, "title", "activity.form.title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(160);
        field(description, "description", "activity.form.description");
        description.setMaxLength(4000);
        field(hostKind, null, "activity.form.hostKind");
        hostKind.setItems(HostKind.values());
        hostKind.setItemLabelGenerator(k -> getTranslation("activity.host." + k.name()));
        hostKind.addValueChangeListener(e -> refreshVisibility());
        Map<UUID, String> staffNames = new HashMap<>();
        List<AccountSummary> staff = accounts.operators();
        staff.forEach(a -> staffNames.put(a.id(), a.displayName()));
        accounts.find(List.of(app.communityops.shared.CurrentUser.require().userId()))
                .forEach(a -> staffNames.put(a.id(), a.displayName()));
        field(hostUser, "hostUserId", "activity.form.hostStaff");
        hostUser.setItems(List.copyOf(staffNames.keySet()));
        hostUser.setItemLabelGenerator(id -> staffNames.getOrDefault(id, ""));
        field(hostMember, "hostMemberId", "activity.form.hostMember");
        hostMember.setItems(query -> memberQueries.page(MemberFilter.all(communityId)
                        .withText(query.getFilter().orElse(null)), MemberSort.BY_NAME, query.getOffset(),
                query.getLimit()).stream().map(row -> new HostMember(row.memberId(), row.name())));
        hostMember.setItemLabelGenerator(HostMember::name);
        field(hostText, "hostText", "activity.form.hostText");
        field(onlineLink, "onlineLink", "activity.form.onlineLink");
        onlineLink.setPlaceholder("https://");
        field(place, "place", "activity.form.place");
        field(start, "start", "activity.form.start");
        start.setRequiredIndicatorVisible(true);
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null && end.getValue() != null) {
                end.setValue(end.getValue().plus(java.time.Duration.between(e.getOldValue(), e.getValue())));
            }
            refreshMonthlyLabels();
        });
        field(end, "end", "activity.form.end");
        end.setRequiredIndicatorVisible(true);
        field(capacity, "capacity", "activity.form.capacity");
        capacity.setMin(1);
        field(funnelStage, "funnelStage", "activity.form.funnelStage");
        funnelStage.setItems(FunnelStage.values());
        funnelStage.setItemLabelGenerator(s -> getTranslation("activity.funnel." + s.name()));
        repeat.setId("activity-repeat");
        repeat.setLabel(getTranslation("activity.form.repeat"));
        repeat.addValueChangeListener(e -> refreshVisibility());
        field(frequency, "frequency", "activity.form.frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("activity.frequency." + f.name()));
        frequency.addValueChangeListener(e -> refreshVisibility());
        field(interval, "interval", "activity.form.interval");
        interval.setMin(1);
        interval.setStepButtonsVisible(true);
        field(weekdays, "weekdays", "activity.form.weekdays");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        field(monthlyBy, "monthlyBy", "activity.form.monthlyBy");
        monthlyBy.setItems(MonthlyBy.values());
        field(until, "until", "activity.form.until");
        field(count, "count", "activity.form.count");
        count.setMin(1);
        count.setMax(400);
        until.setHelperText(getTranslation("activity.form.endHelp"));
        scope.setId("activity-scope");
        scope.setLabel(getTranslation("activity.form.scope"));
        scope.setItems(EditScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("activity.scope." + s.name()));
        scope.setValue(EditScope.THIS);
        scope.setVisible(editing != null && editing.recurring());
        scope.addValueChangeListener(e -> refreshVisibility());
    }

    private void field(com.vaadin.flow.component.Component component, @Nullable String property, String labelKey) {
        component.setId("activity-" + (property == null ? "hostKind" : property));
        if (component instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        if (property != null && component instanceof HasValidation validated) {
            fields.put(property, validated);
        }
    }

    private void bind() {
        binder.forField(type).bind("typeId");
        binder.forField(title).bind("title");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(hostKind).bind("hostKind");
        binder.forField(hostUser).bind("hostUserId");
        binder.forField(hostText).withNullRepresentation("").bind("hostText");
        binder.forField(onlineLink).withNullRepresentation("").bind("onlineLink");
        binder.forField(place).withNullRepresentation("").bind("place");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(capacity).bind("capacity");
        binder.forField(funnelStage).bind("funnelStage");
        binder.forField(repeat).bind("repeat");
        binder.forField(frequency).bind("frequency");
        binder.forField(interval).bind("interval");
        binder.forField(weekdays).bind("weekdays");
        binder.forField(monthlyBy).bind("monthlyBy");
        binder.forField(until).bind("until");
        binder.forField(count).bind("count");
    }

    private FormLayout layout() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.add(scope, 2);
        layout.add(type, funnelStage);
        layout.add(title, 2);
        layout.add(start, end);
        layout.add(hostKind, 2);
        layout.add(hostUser, hostMember, hostText);
        layout.add(onlineLink, place);
        layout.add(capacity);
        layout.add(description, 2);
        layout.add(repeat, 2);
        layout.add(frequency, interval);
        layout.add(weekdays, 2);
        layout.add(monthlyBy, 2);
        layout.add(until, count);
        return layout;
    }

    private void refreshVisibility() {
        HostKind kind = hostKind.getValue() == null ? HostKind.STAFF : hostKind.getValue();
        hostUser.setVisible(kind == HostKind.STAFF);
        hostMember.setVisible(kind == HostKind.MEMBER);
        hostText.setVisible(kind == HostKind.TEXT);
        boolean ruleEditable = editing == null || !editing.recurring() || scope.getValue() == EditScope.FOLLOWING;
        repeat.setVisible(ruleEditable);
        boolean recurring = ruleEditable && repeat.getValue();
        frequency.setVisible(recurring);
        interval.setVisible(recurring);
        weekdays.setVisible(recurring && frequency.getValue() == Frequency.WEEKLY);
        monthlyBy.setVisible(recurring && frequency.getValue() == Frequency.MONTHLY);
        until.setVisible(recurring);
        count.setVisible(recurring);
        refreshMonthlyLabels();
    }

    private void refreshMonthlyLabels() {
        LocalDateTime first = start.getValue();
        LocalDate day = first == null ? LocalDate.now() : first.toLocalDate();
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale());
        monthlyBy.setItemLabelGenerator(by -> switch (by) {
            case DAY_OF_MONTH -> getTranslation("activity.monthly.day", day.getDayOfMonth());
            case NTH_WEEKDAY -> getTranslation("activity.monthly.nth", RecurrenceExpansion.weekOfMonth(day), weekday);
            case LAST_WEEKDAY -> getTranslation("activity.monthly.last", weekday);
        });
        monthlyBy.setItemEnabledProvider(by -> by != MonthlyBy.LAST_WEEKDAY
                || RecurrenceExpansion.isLastWeekdayOfMonth(day));
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        form.setHostMemberId(hostMember.getValue() == null ? null : hostMember.getValue().memberId());
        if (!repeat.isVisible()) {
            form.setRepeat(false);
        }
        try {
            ActivitySummary saved = editing == null ? activities.create(communityId, form)
                    : activities.update(editing.id(), editing.version(), form, scope.getValue());
            close();
            onSaved.accept(saved);
        } catch (app.communityops.shared.ConcurrentEditException | OptimisticLockingFailureException stale) {
            close();
            StaleEdit.offerReload(() -> onSaved.accept(editing));
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, fields);
        }
    }
}
