package app.communityops.automation.ui;

import app.communityops.automation.RunEntry;
import app.communityops.automation.RunLogNavigation;
import app.communityops.automation.RunLogService;
import app.communityops.automation.RunStatus;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every firing of the automation rules, failed runs first: when, which rule (and version), about whom, and what it
 * did; a run opens with its inputs, each condition's result and each action's outcome, and a failed run can be
 * retried at once. {@code ?rule=<id>} shows one rule's runs (the rule editor links here).
 */
@Route(RunLogNavigation.RUNS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "automation.runs.menu", order = 71, icon = "CLIPBOARD_PULSE")
@NavGroup(NavArea.AUTOMATION)
class RunLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 100;

    private final RunLogService runs;
    private final RunTexts texts = new RunTexts(this);
    private final DateTimeFormatter times;
    private final Grid<RunEntry> grid = new Grid<>();
    private final Select<RunStatus> filter = new Select<>();
    private final Button allRules = new Button();
    private final Button more = new Button();
    private final Span count = new Span();
    private final Div empty = new Div();
    private final List<RunEntry> shown = new ArrayList<>();
    private @Nullable UUID ruleId;

    RunLogView(RunLogService runs, TenantDirectory tenants) {
        this.runs = runs;
        ZoneId zone = CurrentUser.require().tenant().map(tenants::zone).orElse(ZoneId.of("UTC"));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        setId("run-log-view");
        setSizeFull();
        filter.setId("run-log-filter");
        filter.setLabel(getTranslation("automation.runs.filter"));
        filter.setItems(RunStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("automation.runs.all"));
        filter.setItemLabelGenerator(status -> status == null ? getTranslation("automation.runs.all")
                : getTranslation("automation.runs.status." + status.name()));
        filter.addValueChangeListener(event -> refresh());
        allRules.setText(getTranslation("automation.runs.allRules"));
        allRules.setId("run-log-all-rules");
        allRules.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allRules.addClickListener(event -> UI.getCurrent().navigate(RunLogNavigation.RUNS_ROUTE));
        count.setId("run-log-count");
        Div toolbar = new Div(filter, allRules, count);
        toolbar.addClassName("view-toolbar");
        more.setText(getTranslation("automation.runs.more"));
        more.setId("run-log-more");
        more.addClickListener(event -> load(shown.size()));
        add(toolbar, configureGrid(), configureEmpty(), more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ruleId = event.getLocation().getQueryParameters().getSingleParameter(RunLogNavigation.RULE_PARAMETER)
                .flatMap(RunLogView::uuid).orElse(null);
        allRules.setVisible(ruleId != null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        if (ruleId != null && !shown.isEmpty()) {
            return getTranslation("automation.runs.titleOfRule", shown.getFirst().ruleName());
        }
        return getTranslation("automation.runs.title");
    }

    private Grid<RunEntry> configureGrid() {
        grid.setId("run-log-grid");
        grid.addComponentColumn(run -> texts.badge(run.status())).setKey("status")
                .setHeader(getTranslation("automation.runs.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(run -> times.format(run.triggeredAt())).setKey("triggered")
                .setHeader(getTranslation("automation.runs.column.triggered")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunEntry::ruleName).setKey("rule").setHeader(getTranslation("automation.runs.column.rule"))
                .setFlexGrow(2);
        grid.addColumn(this::trigger).setKey("trigger")
                .setHeader(getTranslation("automation.runs.column.trigger")).setFlexGrow(1);
        grid.addColumn(run -> run.memberName() == null ? "" : run.memberName()).setKey("member")
                .setHeader(getTranslation("automation.runs.column.member")).setFlexGrow(1);
        grid.addColumn(texts::result).setKey("result").setHeader(getTranslation("automation.runs.column.result"))
                .setFlexGrow(3);
        grid.addColumn(RunEntry::attempts).setKey("attempts")
                .setHeader(getTranslation("automation.runs.column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(run -> run.status() == RunStatus.FAILED ? "failed-run" : null);
        grid.addItemClickListener(event -> open(event.getItem()));
        return grid;
    }

    private String trigger(RunEntry run) {
        Object number = run.inputs().get("triggerNumber");
        Object schedule = run.inputs().get("triggerSchedule");
        return texts.trigger(run.triggerKind(), number instanceof Number n ? n.intValue() : null,
                schedule == null ? null : schedule.toString());
    }

    private Component configureEmpty() {
        empty.setId("run-log-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.CLIPBOARD_PULSE.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("automation.runs.empty")));
        return empty;
    }

    private void refresh() {
        shown.clear();
        load(0);
    }

    private void load(int offset) {
        shown.addAll(runs.page(ruleId, filter.getValue(), offset, PAGE));
        int total = runs.count(ruleId, filter.getValue());
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        more.setVisible(shown.size() < total);
        count.setText(getTranslation("automation.runs.count", total));
    }

    private void open(RunEntry run) {
        Dialog dialog = new Dialog();
        dialog.setId("run-details");
        dialog.setHeaderTitle(getTranslation("automation.runs.details", run.ruleName()));
        dialog.setWidth("min(720px, 96vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(texts.status(run) + " · " + times.format(run.triggeredAt())));
        if (run.ruleVersion() != null) {
            body.add(new Paragraph(getTranslation("automation.runs.version", String.valueOf(run.ruleVersion()))));
        }
        if (run.lastError() != null) {
            Paragraph error = new Paragraph(getTranslation("automation.runs.error", run.lastError()));
            error.setId("run-details-error");
            error.addClassName("error-text");
            body.add(error);
        }
        body.add(new H4(getTranslation("automation.runs.inputs")), list("run-details-inputs",
                new TreeMap<>(run.inputs()).entrySet().stream().map(RunLogView::line).toList(), null));
        body.add(new H4(getTranslation("automation.runs.conditions")), list("run-details-conditions",
                run.conditions().stream().map(texts::condition).toList(), "automation.runs.noConditions"));
        body.add(new H4(getTranslation("automation.runs.actions")), list("run-details-actions",
                run.actions().stream().map(texts::action).toList(), "automation.runs.noActions"));
        dialog.add(body);
        if (run.status() == RunStatus.FAILED) {
            Button retry = new Button(getTranslation("automation.runs.retry"), VaadinIcon.REFRESH.create(), event -> {
                try {
                    runs.retryNow(run.id());
                    Notifications.success(getTranslation("automation.runs.retried"));
                } catch (UserFacingException stale) {
                    Notifications.error(getTranslation(stale.messageKey()));
                }
                dialog.close();
                refresh();
            });
            retry.setId("run-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(retry);
        }
        Button close = new Button(getTranslation("automation.runs.close"), event -> dialog.close());
        close.setId("run-details-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Component list(String id, List<String> lines, @Nullable String emptyKey) {
        if (lines.isEmpty() && emptyKey != null) {
            Paragraph none = new Paragraph(getTranslation(emptyKey));
            none.setId(id);
            return none;
        }
        UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId(id);
        return list;
    }

    private static String line(Map.Entry<String, Object> entry) {
        return entry.getKey() + ": " + entry.getValue();
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
