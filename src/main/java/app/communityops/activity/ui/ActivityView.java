package app.communityops.activity.ui;

import app.communityops.activity.ActivityNavigation;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivityStatus;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.activity.AttendanceRow;
import app.communityops.activity.AttendanceService;
import app.communityops.community.CommunityPage;
import app.communityops.members.MembershipQueryService;
import app.communityops.security.AccountService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One activity or occurrence: what, when, who hosts, its outcome, and (for staff) who attended, marked from the
 * community's members in bulk. The rate shown is attended ÷ capacity. Clients read the activity but never the
 * attendance list, which names members.
 */
@Route(ActivityNavigation.DETAIL_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityService activities;
    private final ActivityTypeService types;
    private final AttendanceService attendance;
    private final AccountService accounts;
    private final MembershipQueryService memberQueries;
    private final TenantZone zones;
    private final Grid<AttendanceRow> attendees = new Grid<>();
    private final TextField search = new TextField();
    // Set in beforeEnter, which Vaadin's router runs before the view is attached or asked for its title.
    @SuppressWarnings("NullAway.Init")
    private ActivitySummary activity;
    private @Nullable Component attendanceSection;
    private ZoneId zone = ZoneId.of("UTC");

    ActivityView(ActivityService activities, ActivityTypeService types, AttendanceService attendance,
                 AccountService accounts, MembershipQueryService memberQueries, TenantZone zones) {
        this.activities = activities;
        this.types = types;
        this.attendance = attendance;
        this.accounts = accounts;
        this.memberQueries = memberQueries;
        this.zones = zones;
        setId("activity-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID communityId = CommunityPage.id(event);
        UUID activityId = event.getRouteParameters().get("activityId").flatMap(Ids::parse)
                .orElseThrow(NotFoundException::new);
        activity = activities.find(activityId).filter(a -> a.communityId().equals(communityId))
                .orElseThrow(NotFoundException::new);
        zone = zones.current();
        show();
    }

    @Override
    public String getPageTitle() {
        return activity == null ? getTranslation("activity.title") : activity.title();
    }

    private void show() {
        removeAll();
        Anchor back = new Anchor(ActivityNavigation.listPath(activity.communityId()),
                getTranslation("activity.detail.back"));
        back.setId("activity-back");
        H2 title = new H2(activity.title());
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title, ActivityLabels.status(this, activity.status()));
        heading.setAlignItems(Alignment.CENTER);
        add(back, heading, facts());
        if (staff()) {
            if (attendanceSection == null) {
                attendanceSection = attendanceSection();
            } else {
                attendees.deselectAll();
                attendees.getDataProvider().refreshAll();
            }
            add(actions(), attendanceSection);
        }
    }

    private Component facts() {
        ActivityTypeSummary type = types.all().stream().filter(t -> t.id().equals(activity.typeId())).findFirst()
                .orElse(null);
        Div facts = new Div();
        facts.setId("activity-facts");
        facts.addClassName("area-card");
        fact(facts, "activity.column.date", ActivityLabels.when(activity.start(), activity.end(), zone, getLocale())
                + " (" + zone.getId() + ")");
        fact(facts, "activity.column.type", type == null ? "" : ActivityLabels.typeName(this, type));
        fact(facts, "activity.form.funnelStage", getTranslation("activity.funnel." + activity.funnelStage().name()));
        fact(facts, "activity.column.host", activity.hostName() == null
                ? getTranslation("activity.host." + activity.hostKind().name()) : activity.hostName());
        if (activity.onlineLink() != null) {
            Anchor link = new Anchor(activity.onlineLink(), activity.onlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.setId("activity-link");
            facts.add(new Div(new Span(getTranslation("activity.form.onlineLink") + ": "), link));
        }
        if (activity.place() != null) {
            fact(facts, "activity.form.place", activity.place());
        }
        Span figures = fact(facts, "activity.column.attendance", ActivityLabels.attendance(this, activity));
        figures.setId("activity-attendance-figures");
        facts.add(new Paragraph(getTranslation("activity.attendance.rateExplained")));
        if (activity.description() != null) {
            facts.add(new Paragraph(activity.description()));
        }
        if (activity.outcomeNotes() != null) {
            Span notes = fact(facts, "activity.detail.outcome", activity.outcomeNotes());
            notes.setId("activity-outcome");
        }
        return facts;
    }

    private Span fact(Div container, String labelKey, String value) {
        Span text = new Span(value);
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        container.add(new Div(label, text));
        return text;
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e ->
                new ActivityFormDialog(activities, accounts, memberQueries, types.types(), activity.communityId(),
                        activity, activities.formFor(activity.id()), saved -> {
                            Notifications.success(getTranslation("activity.saved"));
                            reload();
                        }).open());
        edit.setId("activity-edit");
        bar.add(edit);
        if (activity.status() != ActivityStatus.CANCELLED) {
            Button done = new Button(getTranslation(activity.status() == ActivityStatus.DONE
                    ? "activity.detail.editOutcome" : "activity.detail.markDone"), VaadinIcon.CHECK.create(),
                    e -> openDone());
            done.setId("activity-mark-done");
            bar.add(done);
        }
        if (activity.status() == ActivityStatus.PLANNED) {
            Button cancel = new Button(getTranslation("activity.detail.cancel"), VaadinIcon.BAN.create(),
                    e -> Confirm.danger(getTranslation("activity.detail.cancelTitle", activity.title()),
                            getTranslation("activity.detail.cancelText"), getTranslation("activity.detail.cancel"),
                            () -> act(() -> activities.cancel(activity.id(), activity.version()),
                                    "activity.detail.cancelled")));
            cancel.setId("activity-cancel");
            cancel.addThemeVariants(ButtonVariant.ERROR);
            bar.add(cancel);
        }
        if (activity.status() == ActivityStatus.CANCELLED) {
            Button restore = new Button(getTranslation("activity.detail.restore"), VaadinIcon.REPLY.create(),
                    e -> act(() -> activities.restore(activity.id(), activity.version()), "activity.saved"));
            restore.setId("activity-restore");
            bar.add(restore);
        }
        return bar;
    }

    private void openDone() {
        Dialog dialog = new Dialog();
        dialog.setId("activity-done-dialog");
        dialog.setHeaderTitle(getTranslation("activity.detail.markDone"));
        TextArea notes = new TextArea(getTranslation("activity.detail.outcome"));
        notes.setId("activity-outcome-notes");
        notes.setMaxLength(4000);
        notes.setWidth("min(30rem, 90vw)");
        notes.setValue(activity.outcomeNotes() == null ? "" : activity.outcomeNotes());
        dialog.add(notes);
        Button save = new Button(getTranslation("action.save"), e -> {
            dialog.close();
            act(() -> activities.markDone(activity.id(), activity.version(), notes.getValue()), "activity.saved");
        });
        save.setId("activity-done-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void act(Supplier<ActivitySummary> change, String successKey) {
        try {
            activity = change.get();
            Notifications.success(getTranslation(successKey));
            show();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private Component attendanceSection() {
        H3 title = new H3(getTranslation("activity.attendance.title"));
        search.setId("attendance-search");
        search.setPlaceholder(getTranslation("activity.attendance.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> attendees.getDataProvider().refreshAll());
        Button mark = new Button(getTranslation("activity.attendance.mark"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> bulk(true));
        mark.setId("attendance-mark");
        mark.addThemeVariants(ButtonVariant.PRIMARY);
        Button unmark = new Button(getTranslation("activity.attendance.unmark"), VaadinIcon.THIN_SQUARE.create(),
                e -> bulk(false));
        unmark.setId("attendance-unmark");
        HorizontalLayout bar = new HorizontalLayout(search, mark, unmark);
        bar.setAlignItems(Alignment.BASELINE);
        attendees.setId("attendance-grid");
        attendees.setSelectionMode(Grid.SelectionMode.MULTI);
        attendees.addComponentColumn(row -> row.attended() ? VaadinIcon.CHECK.create() : new Span())
                .setHeader(getTranslation("activity.attendance.attended")).setAutoWidth(true).setFlexGrow(0);
        attendees.addColumn(AttendanceRow::name).setHeader(getTranslation("activity.attendance.name"));
        attendees.addColumn(AttendanceRow::handle).setHeader(getTranslation("activity.attendance.handle"));
        attendees.addColumn(row -> getTranslation("activity.attendance.membership." + row.status().name()))
                .setHeader(getTranslation("activity.attendance.status")).setAutoWidth(true);
        attendees.setItems(query -> attendance.candidates(activity.id(), search.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) attendance.count(activity.id(), search.getValue()));
        attendees.setEmptyStateText(getTranslation("activity.attendance.none"));
        attendees.setHeight("28rem");
        Div section = new Div(title, bar, attendees);
        section.setWidthFull();
        return section;
    }

    private void bulk(boolean attended) {
        Set<UUID> chosen = attendees.getSelectedItems().stream().map(AttendanceRow::membershipId)
                .collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            Notifications.error(getTranslation("activity.attendance.chooseFirst"));
            return;
        }
        try {
            int total = attended ? attendance.mark(activity.id(), chosen) : attendance.unmark(activity.id(), chosen);
            Notifications.success(getTranslation("activity.attendance.saved", total));
            reload();
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private void reload() {
        activity = activities.find(activity.id()).orElseThrow(NotFoundException::new);
        show();
    }

    private static boolean staff() {
        return !CurrentUser.require().hasRole(Roles.CLIENT);
    }
}
