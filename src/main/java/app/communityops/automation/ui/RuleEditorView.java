package app.communityops.automation.ui;

import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.automation.ActionKind;
import app.communityops.automation.AutomationNavigation;
import app.communityops.automation.RunLogNavigation;
import app.communityops.automation.ConditionKind;
import app.communityops.automation.RuleAction;
import app.communityops.automation.RuleCondition;
import app.communityops.automation.RuleDefinition;
import app.communityops.automation.RuleForm;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleSummary;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One rule, edited as when → if → then: the trigger with the parameter its kind asks for (and, for a schedule, its
 * next three firing times in the tenant's zone), the conditions with the value picker each needs, the actions.
 * A new rule is saved as a disabled draft; a saved one can be enabled, disabled, deleted, tried in the dry run and
 * followed in the run log. Operators choose among their own communities.
 */
@Route(AutomationNavigation.RULE_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class RuleEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a new rule applies: one community, or every community ({@code id} null, tenant admins only). */
    record Scope(@Nullable UUID id, String label) {
    }

    private final RuleService rules;
    private final MemberListService memberLists;
    private final ActivityTypeService activityTypes;
    private final boolean admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);

    private final TextField name = new TextField();
    private final ComboBox<Scope> scope = new ComboBox<>();
    private final Select<TriggerKind> trigger = new Select<>();
    private final IntegerField number = new IntegerField();
    private final TextField schedule = new TextField();
    private final Div nextFirings = new Div();
    private final ComboBox<ActivityTypeSummary> activityType = new ComboBox<>();
    private final Select<HealthSegment> segment = new Select<>();
    private final VerticalLayout conditionRows = new VerticalLayout();
    private final VerticalLayout actionRows = new VerticalLayout();
    private final Paragraph conditionsHint = new Paragraph();
    private final Button addCondition = new Button();
    private final Button addAction = new Button();
    private final List<ConditionRow> conditions = new ArrayList<>();
    private final List<ActionRow> actions = new ArrayList<>();

    private @Nullable RuleSummary saved;
    private List<MemberTierSummary> tiers = List.of();
    private List<AcquisitionChannelSummary> channels = List.of();

    RuleEditorView(RuleService rules, MemberListService memberLists, ActivityTypeService activityTypes) {
        this.rules = rules;
        this.memberLists = memberLists;
        this.activityTypes = activityTypes;
        setId("rule-editor");
        setWidthFull();
        getStyle().set("max-width", "1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("ruleId").orElse("");
        Optional<UUID> community = event.getLocation().getQueryParameters()
                .getSingleParameter(AutomationNavigation.COMMUNITY_PARAMETER).flatMap(Ids::parse);
        if (AutomationNavigation.NEW_RULE.equals(id)) {
            saved = null;
            render(new RuleDefinition(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                    List.of(new RuleAction(ActionKind.CREATE_TASK, "", 24))), "", community.orElse(null));
        } else {
            saved = Ids.parse(id).flatMap(rules::find).orElseThrow(NotFoundException::new);
            render(saved.definition(), saved.name(), saved.communityId());
        }
    }

    @Override
    public String getPageTitle() {
        return saved == null ? getTranslation("automation.editor.newTitle") : saved.name();
    }

    private void reload() {
        RuleSummary current = Objects.requireNonNull(saved);
        Optional<RuleSummary> fresh = rules.find(current.id());
        if (fresh.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.RULES_ROUTE));
            return;
        }
        saved = fresh.get();
        render(saved.definition(), saved.name(), saved.communityId());
    }

    private void render(RuleDefinition definition, String ruleName, @Nullable UUID communityId) {
        removeAll();
        conditions.clear();
        actions.clear();
        conditionRows.removeAll();
        actionRows.removeAll();
        tiers = memberLists.tiers();
        channels = memberLists.channels();

        Anchor back = new Anchor(AutomationNavigation.RULES_ROUTE, getTranslation("automation.editor.back"));
        back.setId("rule-back");
        H2 title = new H2(getPageTitle());
        title.setId("rule-title");
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        if (saved != null) {
            Span status = AutomationLabels.status(this, saved);
            status.setId("rule-status");
            heading.add(status);
            if (saved.playbookKey() != null) {
                heading.add(AutomationLabels.badge(getTranslation("automation.rules.fromPlaybook"), "small"));
            }
        }
        add(back, heading);
        if (saved != null && saved.needsAttention()) {
            Div attention = new Div(new Span(getTranslation("automation.editor.attention",
                    AutomationLabels.problems(this, saved.problems()))));
            attention.setId("rule-attention");
            attention.getElement().getThemeList().add("badge error");
            attention.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("white-space", "normal");
            add(attention);
        }
        add(basics(ruleName, communityId), when(definition.trigger()), conditionsSection(definition),
                actionsSection(definition), buttons());
        applyTrigger();
    }

    private Component basics(String ruleName, @Nullable UUID communityId) {
        name.setId("rule-name");
        name.setLabel(getTranslation("automation.editor.name"));
        name.setMaxLength(200);
        name.setRequired(true);
        name.setWidth("24rem");
        name.setValue(ruleName);
        HorizontalLayout row = new HorizontalLayout(name);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (saved == null) {
            List<Scope> choices = new ArrayList<>();
            if (admin) {
                choices.add(new Scope(null, getTranslation("automation.scope.tenantWide")));
            }
            rules.communitiesForRules().forEach(c -> choices.add(new Scope(c.id(), c.name())));
            scope.setId("rule-community");
            scope.setLabel(getTranslation("automation.editor.scope"));
            scope.setItems(choices);
            scope.setItemLabelGenerator(Scope::label);
            scope.setRequired(true);
            scope.setWidth("20rem");
            choices.stream().filter(choice -> Objects.equals(choice.id(), communityId)).findFirst()
                    .or(() -> admin || choices.size() != 1 ? Optional.empty() : Optional.of(choices.getFirst()))
                    .ifPresent(scope::setValue);
            scope.setHelperText(getTranslation("automation.editor.draftHelper"));
            row.add(scope);
        } else {
            Span where = new Span(getTranslation("automation.editor.appliesTo", AutomationLabels.scope(this, saved)));
            where.setId("rule-scope");
            row.add(where);
        }
        return row;
    }

    private Component when(RuleTrigger initial) {
        trigger.setId("rule-trigger");
        trigger.setLabel(getTranslation("automation.editor.trigger"));
        trigger.setItems(TriggerKind.values());
        trigger.setItemLabelGenerator(kind -> AutomationLabels.trigger(this, kind));
        trigger.setWidth("22rem");
        trigger.setValue(initial.kind());
        number.setId("rule-trigger-number");
        number.setStepButtonsVisible(true);
        number.setMin(1);
        number.setWidth("10rem");
        number.setValue(initial.number());
        schedule.setId("rule-trigger-schedule");
        schedule.setLabel(getTranslation("automation.parameter.CRON"));
        schedule.setHelperText(getTranslation("automation.editor.cronHelper"));
        schedule.setWidth("16rem");
        schedule.setValueChangeMode(ValueChangeMode.LAZY);
        schedule.setValue(Objects.requireNonNullElse(initial.schedule(), "0 0 9 * * MON"));
        schedule.addValueChangeListener(event -> showNextFirings());
        nextFirings.setId("rule-next-firings");
        nextFirings.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        activityType.setId("rule-trigger-activity-type");
        activityType.setLabel(getTranslation("automation.editor.activityType"));
        activityType.setPlaceholder(getTranslation("automation.editor.anyActivityType"));
        activityType.setClearButtonVisible(true);
        activityType.setItems(activityTypes.types());
        activityType.setItemLabelGenerator(type -> AutomationLabels.activityType(this, type));
        activityType.setWidth("16rem");
        if (initial.reference() != null) {
            activityTypes.all().stream().filter(type -> type.id().toString().equals(initial.reference()))
                    .findFirst().ifPresent(activityType::setValue);
        }
        segment.setId("rule-trigger-segment");
        segment.setLabel(getTranslation("automation.parameter.SEGMENT"));
        segment.setItems(HealthSegment.values());
        segment.setItemLabelGenerator(value -> AutomationLabels.segment(this, value));
        segment.setWidth("16rem");
        segment.setValue(initial.kind() == TriggerKind.MEMBER_ENTERED_SEGMENT && initial.reference() != null
                ? HealthSegment.valueOf(initial.reference()) : HealthSegment.AT_RISK);
        trigger.addValueChangeListener(event -> applyTrigger());
        HorizontalLayout row = new HorizontalLayout(trigger, number, schedule, activityType, segment);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return section("automation.editor.when", row, nextFirings);
    }

    private Component conditionsSection(RuleDefinition definition) {
        conditionRows.setId("rule-conditions");
        conditionRows.setPadding(false);
        conditionRows.setSpacing(false);
        conditionsHint.setId("rule-conditions-hint");
        conditionsHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        definition.conditions().forEach(this::addConditionRow);
        addCondition.setText(getTranslation("automation.editor.addCondition"));
        addCondition.setIcon(VaadinIcon.PLUS.create());
        addCondition.setId("rule-add-condition");
        addCondition.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addCondition.addClickListener(event -> {
            addConditionRow(new RuleCondition(ConditionKind.MEMBER_HAS_TAG, null));
            updateLimits();
        });
        return section("automation.editor.if", conditionsHint, conditionRows, addCondition);
    }

    private Component actionsSection(RuleDefinition definition) {
        actionRows.setId("rule-actions");
        actionRows.setPadding(false);
        actionRows.setSpacing(false);
        definition.actions().forEach(this::addActionRow);
        addAction.setText(getTranslation("automation.editor.addAction"));
        addAction.setIcon(VaadinIcon.PLUS.create());
        addAction.setId("rule-add-action");
        addAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAction.addClickListener(event -> {
            addActionRow(new RuleAction(ActionKind.CREATE_TASK, "", 24));
            applyTrigger();
        });
        return section("automation.editor.then", actionRows, addAction);
    }

    private Component section(String titleKey, Component... content) {
        H3 heading = new H3(getTranslation(titleKey));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        VerticalLayout section = new VerticalLayout(heading);
        section.add(content);
        section.setPadding(true);
        section.setSpacing(false);
        section.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return section;
    }

    private void addConditionRow(RuleCondition condition) {
        ConditionRow row = new ConditionRow(condition, tiers, channels, this::removeCondition);
        conditions.add(row);
        conditionRows.add(row);
        reindex();
    }

    private void removeCondition(ConditionRow row) {
        conditions.remove(row);
        conditionRows.remove(row);
        reindex();
        updateLimits();
    }

    private void addActionRow(RuleAction action) {
        ActionRow row = new ActionRow(action, this::removeAction);
        actions.add(row);
        actionRows.add(row);
        reindex();
    }

    private void removeAction(ActionRow row) {
        actions.remove(row);
        actionRows.remove(row);
        reindex();
        updateLimits();
    }

    private void reindex() {
        for (int i = 0; i < conditions.size(); i++) {
            conditions.get(i).setIndex(i);
        }
        for (int i = 0; i < actions.size(); i++) {
            actions.get(i).setIndex(i);
        }
    }

    /** Shows the parameter the trigger asks for and offers member conditions and actions only where they apply. */
    private void applyTrigger() {
        TriggerKind kind = Objects.requireNonNullElse(trigger.getValue(), TriggerKind.MEMBER_JOINED);
        TriggerKind.Parameter parameter = kind.parameter();
        boolean numeric = parameter != TriggerKind.Parameter.NONE && parameter != TriggerKind.Parameter.CRON
                && parameter != TriggerKind.Parameter.SEGMENT;
        segment.setVisible(parameter == TriggerKind.Parameter.SEGMENT);
        number.setVisible(numeric);
        if (numeric) {
            number.setLabel(AutomationLabels.parameter(this, parameter));
            number.setHelperText(getTranslation("automation.editor.range." + parameter.name()));
        }
        boolean cron = parameter == TriggerKind.Parameter.CRON;
        schedule.setVisible(cron);
        nextFirings.setVisible(cron);
        if (cron) {
            showNextFirings();
        }
        activityType.setVisible(kind == TriggerKind.ATTENDANCE_REACHED);
        boolean member = kind.aboutMember();
        conditionsHint.setText(getTranslation(member ? "automation.editor.ifHint" : "automation.editor.ifNotMember"));
        actions.forEach(row -> row.setMemberTrigger(member));
        updateLimits();
    }

    private void updateLimits() {
        boolean member = trigger.getValue() != null && trigger.getValue().aboutMember();
        addCondition.setEnabled(member && conditions.size() < 20);
        addAction.setEnabled(actions.size() < 20);
    }

    private void showNextFirings() {
        schedule.setInvalid(false);
        try {
            List<ZonedDateTime> next = rules.nextFirings(schedule.getValue(), 3);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", getLocale());
            String zone = next.isEmpty() ? "" : next.getFirst().getZone().getId();
            nextFirings.setText(getTranslation("automation.editor.nextFirings",
                    next.stream().map(format::format).collect(Collectors.joining(" · ")), zone));
        } catch (UserFacingException invalid) {
            nextFirings.setText("");
            schedule.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
            schedule.setInvalid(true);
        }
    }

    private Component buttons() {
        Button save = new Button(getTranslation(saved == null ? "automation.editor.saveDraft" : "action.save"),
                VaadinIcon.CHECK.create(), event -> save());
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(save);
        bar.getStyle().set("flex-wrap", "wrap");
        if (saved != null) {
            RuleSummary rule = saved;
            Button toggle = new Button(getTranslation(rule.enabled() ? "automation.editor.disable"
                    : "automation.editor.enable"), event -> AutomationLabels.confirmToggle(this, rule.name(),
                    !rule.enabled(), () -> toggle(!rule.enabled())));
            toggle.setId("rule-toggle");
            toggle.setEnabled(rule.enabled() || !rule.needsAttention());
            Button dryRun = new Button(getTranslation("automation.editor.dryRun"), VaadinIcon.FLASK.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(RunLogNavigation.dryRunPath(rule.id()))));
            dryRun.setId("rule-dry-run");
            Button runLog = new Button(getTranslation("automation.editor.runLog"), VaadinIcon.LIST.create(),
                    event -> RunLogNavigation.toRunsOf(rule.id()));
            runLog.setId("rule-run-log");
            Button delete = new Button(getTranslation("automation.editor.delete"), VaadinIcon.TRASH.create(),
                    event -> Confirm.danger(getTranslation("automation.confirm.delete.title", rule.name()),
                            getTranslation("automation.confirm.delete.text"),
                            getTranslation("automation.editor.delete"), this::delete));
            delete.setId("rule-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(toggle, dryRun, runLog, delete);
        }
        return bar;
    }

    private RuleDefinition definition() {
        TriggerKind kind = Objects.requireNonNullElse(trigger.getValue(), TriggerKind.MEMBER_JOINED);
        RuleTrigger chosen = switch (kind.parameter()) {
            case NONE -> RuleTrigger.of(kind);
            case CRON -> RuleTrigger.schedule(schedule.getValue());
            case SEGMENT -> new RuleTrigger(kind, null, null,
                    segment.getValue() == null ? null : segment.getValue().name());
            default -> new RuleTrigger(kind, number.getValue(), null,
                    kind == TriggerKind.ATTENDANCE_REACHED && activityType.getValue() != null
                            ? activityType.getValue().id().toString() : null);
        };
        return new RuleDefinition(chosen, conditions.stream().map(ConditionRow::value).toList(),
                actions.stream().map(ActionRow::value).toList());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("communityId", scope);
        fields.put("trigger.kind", trigger);
        fields.put("trigger.number", number);
        fields.put("trigger.schedule", schedule);
        fields.put("trigger.reference", trigger.getValue() == TriggerKind.MEMBER_ENTERED_SEGMENT ? segment
                : activityType);
        for (int i = 0; i < conditions.size(); i++) {
            fields.putAll(conditions.get(i).fields(i));
        }
        for (int i = 0; i < actions.size(); i++) {
            fields.putAll(actions.get(i).fields(i));
        }
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void save() {
        clearErrors();
        RuleForm form = new RuleForm(name.getValue(), definition());
        try {
            if (saved == null) {
                Scope where = scope.getValue();
                if (where == null) {
                    scope.setErrorMessage(getTranslation("automation.editor.scopeRequired"));
                    scope.setInvalid(true);
                    return;
                }
                RuleSummary created = rules.create(where.id(), form);
                Notifications.success(getTranslation("automation.editor.savedDraft", created.name()));
                getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.rulePath(created.id())));
            } else {
                saved = rules.update(saved.id(), saved.version(), form);
                Notifications.success(getTranslation("automation.editor.saved", saved.name()));
                render(saved.definition(), saved.name(), saved.communityId());
            }
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        } catch (UserFacingException refused) {
            FormErrors.show(refused, fields());
        }
    }

    /** Switches the saved rule on or off; unsaved edits in the form stay as they are. */
    private void toggle(boolean enable) {
        RuleSummary rule = Objects.requireNonNull(saved);
        try {
            RuleDefinition editing = definition();
            String editingName = name.getValue();
            saved = rules.setEnabled(rule.id(), rule.version(), enable);
            Notifications.success(getTranslation(enable ? "automation.enabled" : "automation.disabled", rule.name()));
            render(editing, editingName, rule.communityId());
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        } catch (UserFacingException refused) {
            FormErrors.show(refused, fields());
        }
    }

    private void delete() {
        RuleSummary rule = Objects.requireNonNull(saved);
        try {
            rules.delete(rule.id(), rule.version());
            Notifications.success(getTranslation("automation.deleted", rule.name()));
            getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.RULES_ROUTE,
                    rule.communityId() == null ? com.vaadin.flow.router.QueryParameters.empty()
                            : AutomationNavigation.rulesOf(rule.communityId())));
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        }
    }
}
