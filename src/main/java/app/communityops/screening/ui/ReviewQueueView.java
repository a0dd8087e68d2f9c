package app.communityops.screening.ui;

import app.communityops.community.CommunityPage;
import app.communityops.members.MemberFields;
import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.screening.MechanismResult;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.ReviewItem;
import app.communityops.screening.ReviewQueueService;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Applications waiting for a person, oldest first: each with its evidence and what every mechanism said.
 * The grid loads page by page, so a long queue never loads at once.
 */
@Route(ScreeningNavigation.REVIEW_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final ReviewQueueService queue;
    private final ScreeningService screening;
    private final ScreeningPolicyService policies;
    /** Dates are shown in the tenant's zone, as on every other screen. */
    private final ZoneId zone;
    private final Grid<ReviewItem> grid = new Grid<>();
    private final Span count = new Span();
    private final Div empty = new Div();
    private @Nullable CommunitySummary community;

    ReviewQueueView(CommunityService communities, ReviewQueueService queue, ScreeningService screening,
                    ScreeningPolicyService policies, TenantZone zones) {
        this.communities = communities;
        this.queue = queue;
        this.screening = screening;
        this.policies = policies;
        this.zone = zones.current();
        setId("review-queue-view");
        setSizeFull();
        configureGrid();
        configureEmpty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        removeAll();
        add(toolbar(community), grid, empty);
        grid.setItems(query -> queue.pending(id(), query.getOffset(), query.getLimit()).stream(),
                query -> queue.count(id()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("screening.review.title")
                : getTranslation("screening.review.titleOf", community.name());
    }

    private Component toolbar(CommunitySummary shown) {
        count.setId("review-count");
        RouterLink custom = new RouterLink(getTranslation("screening.custom.title"), CustomView.class,
                CommunityNavigation.parameters(shown.id()));
        custom.setId("review-custom-link");
        Button apply = new Button(getTranslation("screening.apply.new"), VaadinIcon.PLUS.create(), event -> {
            PolicyDetails policy = policies.find(shown.id());
            new ApplicationDialog(screening, policy, policies.tiers(), this::refresh).open();
        });
        apply.setId("new-application");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(count, custom, apply);
        toolbar.addClassName("view-toolbar");
        toolbar.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("review-grid");
        grid.addColumn(item -> MemberFields.label(item.memberName(), item.memberHandle())).setKey("applicant")
                .setHeader(getTranslation("screening.review.column.applicant")).setFlexGrow(2);
        grid.addColumn(item -> ScreeningLabels.dateTime(item.appliedAt(), zone)).setKey("applied")
                .setHeader(getTranslation("screening.review.column.applied")).setAutoWidth(true);
        grid.addColumn(this::evidenceText).setKey("evidence")
                .setHeader(getTranslation("screening.review.column.evidence")).setFlexGrow(2);
        grid.addComponentColumn(this::outcomes).setKey("outcomes")
                .setHeader(getTranslation("screening.review.column.outcomes")).setFlexGrow(3);
        grid.addComponentColumn(this::reviewButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    private String evidenceText(ReviewItem item) {
        List<String> parts = new ArrayList<>();
        if (item.paymentReference() != null) {
            parts.add(getTranslation("screening.evidence.payment") + ": " + item.paymentReference());
        }
        if (item.invitationCode() != null) {
            parts.add(getTranslation("screening.evidence.code") + ": " + item.invitationCode());
        }
        if (item.answers() != null) {
            parts.add(item.answers());
        }
        return String.join(" · ", parts);
    }

    private Component outcomes(ReviewItem item) {
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (item.evaluation() != null) {
            for (MechanismResult result : item.evaluation().results()) {
                badges.add(ScreeningLabels.outcomeBadge(this, result));
            }
        }
        return badges;
    }

    private Component reviewButton(ReviewItem item) {
        Button review = new Button(getTranslation("screening.review.open"), event -> new ReviewDialog(screening, item,
                policies.find(id()).conditions(), this::refresh).open());
        review.setId("review-" + item.membershipId());
        review.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return review;
    }

    private void configureEmpty() {
        empty.setId("review-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.CHECK_SQUARE_O.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("screening.review.empty")));
    }

    private void refresh() {
        int pending = queue.count(id());
        count.setText(getTranslation("screening.review.count", pending));
        grid.getDataProvider().refreshAll();
        grid.setVisible(pending > 0);
        empty.setVisible(pending == 0);
    }

    private java.util.UUID id() {
        return Objects.requireNonNull(community).id();
    }
}
