package app.communityops.screening.ui;

import app.communityops.community.CommunityPage;
import app.communityops.members.MemberFields;
import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.screening.BroughtInMember;
import app.communityops.screening.InvitationCodeService;
import app.communityops.screening.InvitationCodeSummary;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community's invitation codes (定向邀请) with their uses, expiry, owner, and the members each brought in. */
@Route(ScreeningNavigation.CODES_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
public class InvitationCodesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final InvitationCodeService codes;
    /** Dates are shown in the tenant's zone, as on every other screen. */
    private final ZoneId zone;
    private final Grid<InvitationCodeSummary> grid = new Grid<>();
    private final Grid<BroughtInMember> broughtIn = new Grid<>();
    private final H3 broughtInTitle = new H3();
    private final Div empty = new Div();
    private final Div broughtInPanel = new Div();
    private @Nullable CommunitySummary community;

    InvitationCodesView(CommunityService communities, InvitationCodeService codes, TenantZone zones) {
        this.communities = communities;
        this.codes = codes;
        this.zone = zones.current();
        setId("codes-view");
        setSizeFull();
        configureGrid();
        configureEmpty();
        configureBroughtIn();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        removeAll();
        add(toolbar(community), grid, empty, broughtInPanel);
        grid.setItems(query -> codes.list(id(), query.getOffset(), query.getLimit()).stream(),
                query -> codes.count(id()));
        showBroughtIn(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("screening.codes.title")
                : getTranslation("screening.codes.titleOf", community.name());
    }

    private Component toolbar(CommunitySummary shown) {
        Button generate = new Button(getTranslation("screening.codes.generate"), VaadinIcon.PLUS.create(),
                event -> new CodeBatchDialog(codes, zone, shown.id(), this::refresh).open());
        generate.setId("generate-codes");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink custom = new RouterLink(getTranslation("screening.custom.title"), CustomView.class,
                CommunityNavigation.parameters(shown.id()));
        custom.setId("codes-custom-link");
        Div toolbar = new Div(custom, generate);
        toolbar.addClassName("view-toolbar");
        toolbar.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("codes-grid");
        grid.addColumn(InvitationCodeSummary::code).setKey("code")
                .setHeader(getTranslation("screening.codes.column.code")).setAutoWidth(true);
        grid.addColumn(code -> code.uses() + " / " + code.quota()).setKey("uses")
                .setHeader(getTranslation("screening.codes.column.uses")).setAutoWidth(true);
        grid.addColumn(code -> code.expiresAt() == null ? getTranslation("screening.codes.noExpiry")
                : ScreeningLabels.dateTime(code.expiresAt(), zone)).setKey("expires")
                .setHeader(getTranslation("screening.codes.column.expires")).setAutoWidth(true);
        grid.addColumn(code -> code.ownerName() == null ? "" : code.ownerName()).setKey("owner")
                .setHeader(getTranslation("screening.codes.column.owner")).setFlexGrow(2);
        grid.addComponentColumn(code -> ScreeningLabels.codeStatusBadge(this, code.status())).setKey("status")
                .setHeader(getTranslation("screening.codes.column.status")).setAutoWidth(true);
        grid.addColumn(InvitationCodeSummary::broughtIn).setKey("broughtIn")
                .setHeader(getTranslation("screening.codes.column.broughtIn")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(event -> showBroughtIn(event.getValue()));
    }

    private void configureBroughtIn() {
        broughtIn.setId("brought-in-grid");
        broughtIn.addColumn(member -> MemberFields.label(member.memberName(), member.memberHandle()))
                .setHeader(getTranslation("screening.review.column.applicant")).setFlexGrow(2);
        broughtIn.addColumn(member -> ScreeningLabels.membershipStatus(this, member.status()))
                .setHeader(getTranslation("screening.codes.column.status"));
        broughtIn.addColumn(member -> ScreeningLabels.dateTime(member.appliedAt(), zone))
                .setHeader(getTranslation("screening.review.column.applied"));
        broughtIn.setEmptyStateText(getTranslation("screening.codes.noneBroughtIn"));
        broughtIn.setAllRowsVisible(true);
        broughtInTitle.setId("brought-in-title");
        broughtInPanel.add(broughtInTitle, broughtIn);
        broughtInPanel.setWidthFull();
    }

    private void showBroughtIn(@Nullable InvitationCodeSummary code) {
        broughtIn.setVisible(code != null);
        broughtInTitle.setVisible(code != null);
        if (code != null) {
            broughtInTitle.setText(getTranslation("screening.codes.broughtInBy", code.code()));
            broughtIn.setItems(codes.broughtIn(code.id()));
        }
    }

    private void configureEmpty() {
        empty.setId("codes-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.TICKET.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("screening.codes.empty")));
    }

    private void refresh() {
        boolean none = codes.count(id()) == 0;
        grid.getDataProvider().refreshAll();
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private UUID id() {
        return Objects.requireNonNull(community).id();
    }
}
