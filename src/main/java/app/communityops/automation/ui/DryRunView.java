package app.communityops.automation.ui;

import app.communityops.automation.ActionKind;
import app.communityops.automation.DryRun;
import app.communityops.automation.DryRunService;
import app.communityops.automation.RunLogNavigation;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a saved rule would have done over the last 30 days, before it is switched on: how often its trigger fired,
 * how often its conditions held (against today's facts, as the page says), the count of each action and every
 * firing with the member or item and the conditions' results. The rule editor links here.
 */
@Route(RunLogNavigation.DRY_RUN_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class DryRunView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DryRunService dryRuns;
    private final RunTexts texts = new RunTexts(this);
    private final DateTimeFormatter times;
    private final DateTimeFormatter days;
    private @Nullable DryRun result;

    DryRunView(DryRunService dryRuns, TenantDirectory tenants) {
        this.dryRuns = dryRuns;
        ZoneId zone = CurrentUser.require().tenant().map(tenants::zone).orElse(ZoneId.of("UTC"));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        setId("dry-run-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID ruleId = event.getRouteParameters().get("ruleId").flatMap(Ids::parse)
                .orElseThrow(NotFoundException::new);
        DryRun dryRun = dryRuns.dryRun(ruleId);
        result = dryRun;
        show(dryRun);
    }

    @Override
    public String getPageTitle() {
        DryRun shown = result;
        return shown == null ? getTranslation("automation.dryrun.titlePlain")
                : getTranslation("automation.dryrun.title", shown.ruleName());
    }

    private void show(DryRun dryRun) {
        removeAll();
        Paragraph period = new Paragraph(getTranslation("automation.dryrun.period", days.format(dryRun.from()),
                days.format(dryRun.to())));
        period.setId("dry-run-period");
        Paragraph trigger = new Paragraph(texts.trigger(dryRun.trigger()));
        trigger.setId("dry-run-trigger");
        Paragraph state = new Paragraph(getTranslation(dryRun.enabled() ? "automation.dryrun.enabled"
                : "automation.dryrun.disabled"));
        state.setId("dry-run-state");
        Paragraph facts = new Paragraph(getTranslation("automation.dryrun.todaysFacts"));
        facts.setId("dry-run-todays-facts");
        facts.addClassName("form-hint");
        Button runLog = new Button(getTranslation("automation.dryrun.runLog"), VaadinIcon.CLIPBOARD_PULSE.create(),
                event -> RunLogNavigation.toRunsOf(dryRun.ruleId()));
        runLog.setId("dry-run-run-log");
        runLog.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(period, trigger, state, facts, runLog);
        if (!dryRun.previewable()) {
            Div note = new Div(new Span(getTranslation("automation.dryrun.notPreviewable")));
            note.setId("dry-run-not-previewable");
            note.addClassName("empty-state");
            add(note);
            return;
        }
        if (dryRun.trigger().kind() == app.communityops.automation.TriggerKind.MEMBER_SILENT) {
            Paragraph silent = new Paragraph(getTranslation("automation.dryrun.silentNote"));
            silent.addClassName("form-hint");
            add(silent);
        }
        Div summary = new Div(badge("dry-run-fired", getTranslation("automation.dryrun.firings", dryRun.fired())),
                badge("dry-run-matched", getTranslation("automation.dryrun.matched", dryRun.matched())));
        for (Map.Entry<ActionKind, Integer> count : dryRun.actionCounts().entrySet()) {
            summary.add(badge("dry-run-count-" + count.getKey().name(), getTranslation("automation.dryrun.actionCount",
                    getTranslation("automation.runs.action." + count.getKey().name()), count.getValue())));
        }
        summary.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        add(summary);
        if (dryRun.firings().isEmpty()) {
            Div empty = new Div(new Span(getTranslation("automation.dryrun.empty")));
            empty.setId("dry-run-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        if (dryRun.truncated()) {
            add(new Paragraph(getTranslation("automation.dryrun.truncated", dryRun.firings().size())));
        }
        add(grid(dryRun));
    }

    private Component grid(DryRun dryRun) {
        Grid<DryRun.Firing> grid = new Grid<>();
        grid.setId("dry-run-grid");
        grid.addColumn(firing -> times.format(firing.at())).setKey("at")
                .setHeader(getTranslation("automation.dryrun.column.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(firing -> firing.subject() == null ? "" : firing.subject()).setKey("subject")
                .setHeader(getTranslation("automation.dryrun.column.subject")).setFlexGrow(1);
        grid.addColumn(firing -> firing.conditions().stream().map(texts::condition)
                        .collect(Collectors.joining(" · "))).setKey("conditions")
                .setHeader(getTranslation("automation.dryrun.column.conditions")).setFlexGrow(2);
        grid.addColumn(firing -> firing.held() ? firing.actions().stream()
                        .map(kind -> getTranslation("automation.runs.action." + kind.name()))
                        .collect(Collectors.joining(", ")) : getTranslation("automation.dryrun.wouldSkip"))
                .setKey("actions").setHeader(getTranslation("automation.dryrun.column.actions")).setFlexGrow(2);
        grid.setItems(dryRun.firings());
        grid.setAllRowsVisible(dryRun.firings().size() <= 50);
        grid.setWidthFull();
        return grid;
    }

    private static Span badge(String id, String text) {
        Span badge = new Span(text);
        badge.setId(id);
        badge.addClassNames("status-badge", "contrast");
        return badge;
    }
}
