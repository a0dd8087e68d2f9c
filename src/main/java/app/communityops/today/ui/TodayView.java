package app.communityops.today.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MembershipQueryService;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavBadge;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantZone;
import app.communityops.today.SnoozeChoice;
import app.communityops.today.Task;
import app.communityops.today.TaskSource;
import app.communityops.today.TodayFilter;
import app.communityops.today.TodayFilter.Whose;
import app.communityops.today.TodayItem;
import app.communityops.today.TodayKind;
import app.communityops.today.TodayList;
import app.communityops.today.TodayNavigation;
import app.communityops.today.TodayService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Each operator's day across their communities: their tasks and the work other screens know is due, by due time,
 * overdue first and marked. Cards rather than a grid, so that it reads on a phone. Tenant admins look at everyone's
 * work, one operator's list or what was handed to them.
 */
@Route(TodayNavigation.TODAY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "today.menu", order = 0, icon = "CHECK_CIRCLE_O")
@NavGroup(NavArea.WORKSPACE)
class TodayView extends VerticalLayout implements HasDynamicTitle {

    private final TodayService today;
    private final MembershipQueryService memberQueries;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean admin;
    private final List<CommunitySummary> workable;
    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final MultiSelectComboBox<TodayKind> kinds = new MultiSelectComboBox<>();
    private final Select<Whose> whose = new Select<>();
    private final ComboBox<AccountSummary> operator = new ComboBox<>();
    private final Span summary = new Span();
    private final Div items = new Div();

    TodayView(TodayService today, CommunityService communities, AccountService accounts,
              MembershipQueryService memberQueries, TenantZone zones, Clock clock) {
        this.today = today;
        this.memberQueries = memberQueries;
        this.clock = clock;
        this.zone = zones.current();
        this.admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
        this.workable = communities.visible().stream().filter(c -> c.status() != CommunityStatus.ARCHIVED).toList();
        setId("today-view");
        setWidthFull();
        getStyle().set("max-width", "960px");
        add(header(), filters(accounts), summary, items);
        summary.setId("today-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        items.setId("today-items");
        items.setWidthFull();
        items.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title");
    }

    private Component header() {
        H2 title = new H2(getTranslation("today.title"));
        title.getStyle().set("margin", "0");
        Button create = new Button(getTranslation("today.action.new"), VaadinIcon.PLUS.create(),
                event -> new TaskDialog(today, workable, memberQueries, zone, clock, this::created).open());
        create.setId("today-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setEnabled(!workable.isEmpty());
        Div head = new Div(title, create);
        if (admin) {
            Anchor level = new Anchor(TodayNavigation.SERVICE_LEVEL_ROUTE, getTranslation("today.action.serviceLevel"));
            level.setId("today-service-level");
            head.add(level);
        }
        head.setWidthFull();
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "center").set("justify-content", "space-between");
        return head;
    }

    private Component filters(AccountService accounts) {
        community.setId("today-filter-community");
        community.setLabel(getTranslation("today.filter.community"));
        community.setPlaceholder(getTranslation("today.filter.allCommunities"));
        community.setItems(workable);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setClearButtonVisible(true);
        community.addValueChangeListener(event -> refresh());
        kinds.setId("today-filter-kind");
        kinds.setLabel(getTranslation("today.filter.kind"));
        kinds.setPlaceholder(getTranslation("today.filter.allKinds"));
        kinds.setItems(Arrays.asList(TodayKind.values()));
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.key()));
        kinds.setClearButtonVisible(true);
        kinds.addValueChangeListener(event -> refresh());
        Div row = new Div(community, kinds);
        if (admin) {
            whose.setId("today-filter-whose");
            whose.setLabel(getTranslation("today.filter.whose"));
            whose.setItems(Whose.EVERYONE, Whose.MINE, Whose.OPERATOR);
            whose.setItemLabelGenerator(value -> getTranslation("today.whose." + value.name().toLowerCase()));
            whose.setValue(Whose.EVERYONE);
            operator.setId("today-filter-operator");
            operator.setLabel(getTranslation("today.filter.operator"));
            operator.setItems(accounts.operators());
            operator.setItemLabelGenerator(AccountSummary::displayName);
            operator.setVisible(false);
            whose.addValueChangeListener(event -> {
                operator.setVisible(event.getValue() == Whose.OPERATOR);
                refresh();
            });
            operator.addValueChangeListener(event -> refresh());
            row.add(whose, operator);
        }
        row.setWidthFull();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return row;
    }

    private TodayFilter filter() {
        CommunitySummary chosen = community.getValue();
        AccountSummary person = operator.getValue();
        return new TodayFilter(chosen == null ? null : chosen.id(), kinds.getSelectedItems(),
                admin ? whose.getValue() : Whose.MINE, person == null ? null : person.id());
    }

    void refresh() {
        TodayFilter filter = filter();
        items.removeAll();
        if (filter.whose() == Whose.OPERATOR && filter.operatorId() == null) {
            summary.setText("");
            items.add(empty("today.empty.pickOperator", VaadinIcon.USER));
            return;
        }
        TodayList list = today.list(filter);
        summary.setText(getTranslation("today.summary", list.items().size(), list.overdue()));
        if (list.items().isEmpty()) {
            boolean filtered = filter.communityId() != null || !filter.kinds().isEmpty();
            items.add(empty(filtered ? "today.empty.filtered" : "today.empty", VaadinIcon.SUN_O));
        }
        list.items().forEach(item -> items.add(card(item)));
        if (list.snoozed() > 0) {
            Span snoozed = new Span(getTranslation("today.snoozedCount", list.snoozed()));
            snoozed.setId("today-snoozed");
            snoozed.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size",
                    "var(--lumo-font-size-s)");
            Div snoozedCards = new Div();
            snoozedCards.setId("today-snoozed-items");
            snoozedCards.getStyle().set("display", "flex").set("flex-direction", "column")
                    .set("gap", "var(--lumo-space-s)");
            Button show = new Button(getTranslation("today.action.showSnoozed"), event -> {
                snoozedCards.removeAll();
                today.snoozed(filter).forEach(item -> snoozedCards.add(card(item)));
                event.getSource().setVisible(false);
            });
            show.setId("today-show-snoozed");
            show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Div note = new Div(snoozed, show);
            note.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                    .set("gap", "var(--lumo-space-s)");
            items.add(note, snoozedCards);
        }
        getUI().ifPresent(NavBadge::refresh);
    }

    private Component empty(String key, VaadinIcon iconKind) {
        Div empty = new Div();
        empty.setId("today-empty");
        empty.addClassName("empty-state");
        var icon = iconKind.create();
        icon.setSize("40px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation(key)));
        return empty;
    }

    private Component card(TodayItem item) {
        Task task = item.task();
        Component title;
        String text = TodayLabels.title(this, item);
        if (task == null) {
            Anchor link = new Anchor(item.link(), text);
            link.setId("today-open-" + item.key());
            title = link;
        } else {
            title = new Span(text);
        }
        title.getElement().getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        Span kind = new Span(getTranslation(item.kind().key()));
        kind.getElement().getThemeList().add("badge contrast small");
        Div badges = new Div(kind);
        if (item.overdue()) {
            Span overdue = new Span(getTranslation("today.overdue"));
            overdue.getElement().getThemeList().add("badge error small");
            overdue.addClassName("today-overdue-badge");
            badges.add(overdue);
        }
        badges.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        Div head = new Div(title, badges);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("justify-content", "space-between");
        Div card = new Div(head);
        card.setId("today-item-" + item.key());
        card.addClassName("today-card");
        StringBuilder meta = new StringBuilder();
        if (!item.communityName().isEmpty()) {
            meta.append(item.communityName()).append(" · ");
        }
        meta.append(getTranslation("today.due", TodayLabels.time(item.dueAt(), zone)));
        Instant snoozedUntil = task == null ? null : task.snoozedUntil();
        if (snoozedUntil != null && snoozedUntil.isAfter(clock.instant())) {
            meta.append(" · ").append(getTranslation("today.snoozedUntil", TodayLabels.time(snoozedUntil, zone)));
        }
        card.add(meta(meta.toString()));
        if (task != null) {
            card.add(meta(source(task) + " · " + (item.assigneeName() == null
                    ? getTranslation("today.assignee.operators")
                    : getTranslation("today.assignee.to", item.assigneeName()))));
            if (item.memberName() != null && item.memberLink() != null) {
                Anchor member = new Anchor(item.memberLink(), getTranslation("today.member", item.memberName()));
                member.setId("today-member-" + task.id());
                member.setTitle(getTranslation("today.member.link"));
                member.getStyle().set("font-size", "var(--lumo-font-size-s)");
                card.add(member);
            }
            card.add(actions(task));
        }
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-base-color)");
        if (item.overdue()) {
            card.addClassName("today-overdue");
            card.getStyle().set("border-left", "4px solid var(--lumo-error-color)");
        }
        return card;
    }

    private String source(Task task) {
        return task.source() == TaskSource.RULE && task.ruleName() != null
                ? getTranslation("today.source.rule", task.ruleName()) : getTranslation("today.source.manual");
    }

    private Span meta(String text) {
        Span meta = new Span(text);
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return meta;
    }

    private Component actions(Task task) {
        Button done = new Button(getTranslation("today.action.done"), VaadinIcon.CHECK.create(),
                event -> act(() -> today.done(task.id(), task.version()), saved -> Notifications.success(
                        getTranslation(saved.doneAt() != null && saved.doneAt().isAfter(saved.dueAt())
                                ? "today.notice.doneLate" : "today.notice.done", saved.title()))));
        done.setId("today-done-" + task.id());
        done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        MenuBar snooze = new MenuBar();
        snooze.setId("today-snooze-" + task.id());
        snooze.addThemeVariants(MenuBarVariant.LUMO_SMALL);
        Icon icon = VaadinIcon.CLOCK.create();
        icon.setSize("var(--lumo-icon-size-s)");
        Span label = new Span(icon, new Span(getTranslation("today.action.snooze")));
        label.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        SubMenu choices = snooze.addItem(label).getSubMenu();
        for (SnoozeChoice choice : SnoozeChoice.values()) {
            choices.addItem(getTranslation(choice == SnoozeChoice.ONE_HOUR ? "today.snooze.oneHour"
                    : "today.snooze.tomorrow"), event -> snooze(task, choice.until(clock.instant(), zone)))
                    .setId("today-snooze-" + choice.name().toLowerCase(Locale.ROOT) + "-" + task.id());
        }
        choices.addItem(getTranslation("today.snooze.pick"), event -> new SnoozeDialog(task, zone, clock,
                until -> snooze(task, until)).open()).setId("today-snooze-pick-" + task.id());
        Button reassign = new Button(getTranslation("today.action.reassign"), VaadinIcon.USER_CHECK.create(),
                event -> new ReassignDialog(today, task, assignee -> act(() -> today.reassign(task.id(),
                        task.version(), assignee), saved -> Notifications.success(
                        getTranslation("today.notice.reassigned", saved.title())))).open());
        reassign.setId("today-reassign-" + task.id());
        reassign.addThemeVariants(ButtonVariant.SMALL);
        Div actions = new Div(done, snooze, reassign);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-xs)");
        return actions;
    }

    private void snooze(Task task, Instant until) {
        act(() -> today.snooze(task.id(), task.version(), until), saved -> Notifications.success(
                getTranslation("today.notice.snoozed", TodayLabels.time(until, zone))));
    }

    private void act(Supplier<Task> change, Consumer<Task> done) {
        try {
            done.accept(change.get());
        } catch (RuntimeException error) {
            if (!FormErrors.show(error, Map.of())) {
                throw error;
            }
        }
        refresh();
    }

    private void created(Task task) {
        Notifications.success(getTranslation("today.notice.created", task.title()));
        refresh();
    }
}
