package app.communityops.content.ui;

import app.communityops.approval.ApprovalEvent;
import app.communityops.approval.ApprovalNavigation;
import app.communityops.approval.ApprovalState;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.content.ContentApproval;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentNavigation;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.content.Engagement;
import app.communityops.content.EngagementForm;
import app.communityops.content.TransitionDetails;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** One content item: its facts, body as readers see it, status history and engagement. */
@Route(ContentNavigation.DETAIL_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ContentDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final ContentService content;
    private final TenantZone zones;
    private @Nullable CommunitySummary community;
    private @Nullable ContentDetails item;

    ContentDetailView(CommunityService communities, ContentService content, TenantZone zones) {
        this.communities = communities;
        this.content = content;
        this.zones = zones;
        setId("content-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        UUID contentId = event.getRouteParameters().get("contentId").flatMap(Ids::parse)
                .orElseThrow(NotFoundException::new);
        item = content.find(community.id(), contentId);
        render();
    }

    @Override
    public String getPageTitle() {
        return item == null ? getTranslation("content.title") : item.title();
    }

    private void reload() {
        item = content.find(Objects.requireNonNull(community).id(), Objects.requireNonNull(item).id());
        render();
    }

    private void render() {
        ContentDetails shown = Objects.requireNonNull(item);
        CommunitySummary here = Objects.requireNonNull(community);
        ZoneId zone = zones.current();
        boolean editable = content.canEdit(shown);
        removeAll();
        Anchor back = new Anchor(ContentNavigation.listPath(here.id()), getTranslation("content.backToList"));
        back.setId("content-back");
        H2 title = new H2(shown.title());
        title.setId("content-detail-title");
        Span badge = ContentLabels.badge(this, shown.status());
        badge.setId("content-detail-status");
        add(back, new Div(title, badge), facts(shown, zone));
        if (editable) {
            Div actions = new Div();
            actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
            if (shown.status() != ContentStatus.ARCHIVED) {
                Button edit = new Button(getTranslation("action.edit"), event -> new ContentFormDialog(content, zone,
                        communities.visible(), here.id(), shown, null, this::reload).open());
                edit.setId("content-detail-edit");
                actions.add(edit);
            }
            actions.add(new StatusActions(content, shown, this::reload));
            add(actions);
        }
        Div body = new Div(BodyView.of(shown.body(), shown.markdown()));
        body.setId("content-body-view");
        body.setWidthFull();
        if (editable) {
            add(approval(shown, zone));
        }
        add(body, engagement(shown, editable), transitions(shown, zone));
    }

    /** Whether the item needs approval, how its wording stands, the way to submit it, and each step so far. */
    private Component approval(ContentDetails shown, ZoneId zone) {
        ContentApproval approval = content.approval(shown.id());
        Div section = new Div();
        section.setId("content-approval");
        section.setWidthFull();
        if (approval.state() == ApprovalState.NOT_REQUIRED && approval.history().isEmpty()) {
            return section;
        }
        Span state = new Span(getTranslation("content.approval.state." + approval.state().name()));
        state.setId("content-approval-state");
        state.getElement().getThemeList().add("badge " + switch (approval.state()) {
            case APPROVED -> "success";
            case CHANGES_REQUESTED -> "error";
            case PENDING -> "";
            case NOT_SUBMITTED, NOT_REQUIRED -> "contrast";
        });
        Div head = new Div(new H3(getTranslation("content.approval.title")), state);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        section.add(head);
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        boolean submittable = (approval.state() == ApprovalState.NOT_SUBMITTED
                || approval.state() == ApprovalState.CHANGES_REQUESTED)
                && (shown.status() == ContentStatus.DRAFT || shown.status() == ContentStatus.IN_REVIEW);
        if (submittable) {
            Button submit = new Button(getTranslation("content.approval.submit"), event -> {
                try {
                    content.submitForApproval(shown.id(), shown.version());
                    Notifications.success(getTranslation("content.approval.submitted", shown.title()));
                    reload();
                } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
                    StaleEdit.offerReload(this::reload);
                } catch (UserFacingException refusal) {
                    ContentErrors.show(refusal, Map.of());
                }
            });
            submit.setId("content-approval-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        }
        UUID requestId = approval.requestId();
        if (requestId != null) {
            Anchor open = new Anchor(ApprovalNavigation.detailPath(requestId), getTranslation("content.approval.open"));
            open.setId("content-approval-open");
            actions.add(open);
        }
        section.add(actions);
        Div history = new Div();
        history.setId("content-approval-history");
        for (ApprovalEvent event : approval.history()) {
            String what = getTranslation("approval.action." + event.action().name());
            if (event.approver() != null) {
                what += " · " + getTranslation("approval.step." + event.approver().name());
            }
            Div line = new Div(new Span(what + " · " + event.actorName() + " · "
                    + ContentLabels.dateTime(event.occurredAt(), zone)));
            if (event.comment() != null) {
                Span comment = new Span("“" + event.comment() + "”");
                comment.addClassName("content-approval-comment");
                comment.getStyle().set("display", "block").set("white-space", "pre-wrap")
                        .set("color", "var(--lumo-secondary-text-color)");
                line.add(comment);
            }
            history.add(line);
        }
        section.add(history);
        return section;
    }

    private Component facts(ContentDetails shown, ZoneId zone) {
        Map<UUID, String> names = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        String where = shown.communityIds().stream().map(names::get).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "));
        Div facts = new Div(
                fact("category", ContentLabels.kind(this, shown.kind()) + " · "
                        + ContentLabels.category(this, shown.category())),
                fact("communities", where),
                fact("author", Objects.requireNonNullElse(shown.authorName(), "")),
                fact("channel", Objects.requireNonNullElse(shown.channel(), "")),
                fact("publishAt", shown.publishAt() == null ? getTranslation("content.unplanned")
                        : ContentLabels.dateTime(shown.publishAt(), zone) + " (" + zone.getId() + ")"));
        facts.setId("content-facts");
        facts.addClassName("content-facts");
        return facts;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation("content.field." + key));
        label.addClassName("content-fact-label");
        Span text = new Span(value);
        text.setId("content-fact-" + key);
        return new Div(label, text);
    }

    private Component engagement(ContentDetails shown, boolean editable) {
        Div section = new Div(new H3(getTranslation("content.engagement")));
        section.setId("content-engagement");
        section.setWidthFull();
        if (shown.status() != ContentStatus.PUBLISHED && !shown.engagement().recorded()) {
            Span none = new Span(getTranslation("content.engagement.notPublished"));
            none.setId("content-engagement-none");
            section.add(none);
            return section;
        }
        Engagement figures = shown.engagement();
        if (!editable || shown.status() != ContentStatus.PUBLISHED) {
            section.add(fact("views", number(figures.views())), fact("reactions", number(figures.reactions())),
                    fact("replies", number(figures.replies())), fact("shares", number(figures.shares())));
            return section;
        }
        BeanValidationBinder<EngagementForm> binder = new BeanValidationBinder<>(EngagementForm.class);
        binder.setDefaultValidatorsEnabled(false);
        IntegerField views = figure("views", binder);
        IntegerField reactions = figure("reactions", binder);
        IntegerField replies = figure("replies", binder);
        IntegerField shares = figure("shares", binder);
        binder.readBean(EngagementForm.of(figures.views(), figures.reactions(), figures.replies(), figures.shares()));
        Button save = new Button(getTranslation("action.save"), event -> {
            EngagementForm form = new EngagementForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                content.recordEngagement(shown.id(), shown.version(), form);
                Notifications.success(getTranslation("content.engagement.saved"));
                reload();
            } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
                StaleEdit.offerReload(this::reload);
            } catch (UserFacingException refusal) {
                ContentErrors.show(refusal, Map.of());
            }
        });
        save.setId("engagement-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div fields = new Div(views, reactions, replies, shares, save);
        fields.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        section.add(fields);
        return section;
    }

    private IntegerField figure(String name, BeanValidationBinder<EngagementForm> binder) {
        IntegerField field = new IntegerField(getTranslation("content.field." + name));
        field.setId("engagement-" + name);
        field.setMin(0);
        field.setStepButtonsVisible(false);
        binder.forField(field).bind(name);
        return field;
    }

    private String number(@Nullable Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }

    private Component transitions(ContentDetails shown, ZoneId zone) {
        Grid<TransitionDetails> grid = new Grid<>();
        grid.setId("content-transitions");
        grid.setAllRowsVisible(true);
        grid.addColumn(move -> ContentLabels.dateTime(move.occurredAt(), zone)).setKey("when")
                .setHeader(getTranslation("rulebook.history.when")).setAutoWidth(true);
        grid.addColumn(move -> move.from() == null ? getTranslation("content.transition.created")
                : ContentLabels.status(this, move.from())).setKey("from")
                .setHeader(getTranslation("content.transition.from")).setAutoWidth(true);
        grid.addColumn(move -> ContentLabels.status(this, move.to())).setKey("to")
                .setHeader(getTranslation("content.transition.to")).setAutoWidth(true);
        grid.addColumn(TransitionDetails::actorName).setKey("who")
                .setHeader(getTranslation("rulebook.history.who")).setAutoWidth(true);
        grid.setItems(content.transitions(shown.id()));
        Div section = new Div(new H3(getTranslation("content.transitions")), grid);
        section.setWidthFull();
        return section;
    }
}
