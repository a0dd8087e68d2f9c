package app.communityops.automation.ui;

import app.communityops.activity.ActivityTypeService;
import app.communityops.automation.AutomationNavigation;
import app.communityops.automation.RuleScope;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleSummary;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberListService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The automation rules the user may edit: each in words (when → if → then), where it applies, whether it is on
 * (switched with a confirmation) and whether it needs attention; filtered by community or the tenant-wide ones.
 * Without rules it explains them and leads to the playbooks.
 */
@Route(AutomationNavigation.RULES_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "automation.rules.menu", order = 10, icon = "LIGHTBULB")
@NavGroup(NavArea.AUTOMATION)
public class RulesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** A choice of the list's filter: every rule, the tenant-wide ones, or one community's own. */
    record Filter(RuleScope scope, String label) {
    }

    private final RuleService rules;
    private final MemberListService memberLists;
    private final ActivityTypeService activityTypes;
    private final boolean admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
    private final ComboBox<Filter> filter = new ComboBox<>();
    private final Grid<RuleSummary> grid = new Grid<>();
    private final Div empty = new Div();
    private final Span noMatch = new Span();
    private AutomationLabels.Names names = AutomationLabels.Names.NONE;

    RulesView(RuleService rules, MemberListService memberLists, ActivityTypeService activityTypes) {
        this.rules = rules;
        this.memberLists = memberLists;
        this.activityTypes = activityTypes;
        setId("rules-view");
        setWidthFull();
        add(toolbar(), configureGrid(), configureEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("automation.rules.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> community = event.getLocation().getQueryParameters()
                .getSingleParameter(AutomationNavigation.COMMUNITY_PARAMETER).flatMap(Ids::parse);
        List<Filter> choices = new ArrayList<>();
        choices.add(new Filter(RuleScope.ALL, getTranslation("automation.filter.all")));
        if (admin) {
            choices.add(new Filter(RuleScope.TENANT_WIDE, getTranslation("automation.filter.tenantWide")));
        }
        for (CommunitySummary each : rules.communitiesForRules()) {
            choices.add(new Filter(RuleScope.community(each.id()), each.name()));
        }
        filter.setItems(choices);
        // Setting the filter lists its rules.
        filter.setValue(choices.stream().filter(choice -> community.isPresent()
                        && community.get().equals(choice.scope().communityId())).findFirst()
                .orElse(choices.getFirst()));
    }

    private Component toolbar() {
        filter.setId("rules-filter");
        filter.setAriaLabel(getTranslation("automation.filter.label"));
        filter.setItemLabelGenerator(Filter::label);
        filter.setWidth("20rem");
        filter.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation("automation.rules.new"), VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.newRulePath(), newRuleQuery())));
        create.setId("new-rule");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button playbooks = new Button(getTranslation("automation.playbooks.menu"), VaadinIcon.BOOK.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.PLAYBOOKS_ROUTE)));
        playbooks.setId("rules-playbooks");
        Div toolbar = new Div(filter, create, playbooks);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private QueryParameters newRuleQuery() {
        Filter chosen = filter.getValue();
        UUID community = chosen == null ? null : chosen.scope().communityId();
        return community == null ? QueryParameters.empty() : AutomationNavigation.rulesOf(community);
    }

    private Component configureGrid() {
        grid.setId("rules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setKey("name").setHeader(getTranslation("automation.column.name"))
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(rule -> AutomationLabels.scope(this, rule)).setKey("scope")
                .setHeader(getTranslation("automation.column.scope")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(rule -> AutomationLabels.whenText(this, rule.definition().trigger(), names)).setKey("when")
                .setHeader(getTranslation("automation.column.when")).setWidth("14rem").setFlexGrow(2);
        grid.addColumn(rule -> AutomationLabels.thenText(this, rule.definition())).setKey("then")
                .setHeader(getTranslation("automation.column.then")).setWidth("16rem").setFlexGrow(3);
        grid.addComponentColumn(rule -> AutomationLabels.status(this, rule)).setKey("status")
                .setHeader(getTranslation("automation.column.status")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::enabledToggle).setKey("enabled")
                .setHeader(getTranslation("automation.column.enabled")).setWidth("6rem").setFlexGrow(0);
        grid.addItemClickListener(event -> open(event.getItem()));
        noMatch.setId("rules-no-match");
        noMatch.setText(getTranslation("automation.rules.noMatch"));
        return new Div(grid, noMatch);
    }

    private Component nameCell(RuleSummary rule) {
        Span name = new Span(rule.name());
        name.getStyle().set("font-weight", "600");
        Div cell = new Div(name);
        if (rule.playbookKey() != null) {
            Span playbook = AutomationLabels.badge(getTranslation("automation.rules.fromPlaybook"), "small");
            playbook.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            cell.add(playbook);
        }
        Span conditions = new Span(AutomationLabels.ifText(this, rule.definition(), names));
        conditions.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        cell.add(conditions);
        return cell;
    }

    private Component enabledToggle(RuleSummary rule) {
        Checkbox toggle = new Checkbox(rule.enabled());
        toggle.setId("rule-enabled-" + rule.id());
        toggle.setAriaLabel(getTranslation("automation.column.enabled") + " " + rule.name());
        toggle.setEnabled(rule.enabled() || !rule.needsAttention());
        toggle.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            boolean wanted = event.getValue();
            toggle.setValue(!wanted);
            AutomationLabels.confirmToggle(this, rule.name(), wanted, () -> toggle(rule, wanted));
        });
        return toggle;
    }

    private void toggle(RuleSummary rule, boolean enable) {
        try {
            rules.setEnabled(rule.id(), rule.version(), enable);
            Notifications.success(getTranslation(enable ? "automation.enabled" : "automation.disabled", rule.name()));
            refresh();
        } catch (ConcurrentEditException | org.springframework.dao.OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refused) {
            FormErrors.show(refused, Map.of());
        }
    }

    private void open(RuleSummary rule) {
        getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.rulePath(rule.id())));
    }

    private Component configureEmpty() {
        empty.setId("rules-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.LIGHTBULB.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        Paragraph what = new Paragraph(getTranslation("automation.rules.empty"));
        Paragraph how = new Paragraph(getTranslation("automation.rules.emptyPlaybooks"));
        Button playbooks = new Button(getTranslation("automation.rules.emptyOpenPlaybooks"), VaadinIcon.BOOK.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.PLAYBOOKS_ROUTE)));
        playbooks.setId("rules-empty-playbooks");
        playbooks.addThemeVariants(ButtonVariant.PRIMARY);
        empty.add(icon, what, how, playbooks);
        return empty;
    }

    private void refresh() {
        names = AutomationLabels.Names.load(this, memberLists, activityTypes);
        Filter chosen = filter.getValue();
        List<RuleSummary> all = rules.list(RuleScope.ALL);
        List<RuleSummary> shown = chosen == null || chosen.scope().kind() == RuleScope.Kind.ALL ? all
                : rules.list(chosen.scope());
        grid.setItems(shown);
        boolean none = all.isEmpty();
        empty.setVisible(none);
        grid.setVisible(!shown.isEmpty());
        noMatch.setVisible(!none && shown.isEmpty());
    }
}
