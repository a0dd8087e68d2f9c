package app.communityops.approval.ui;

import app.communityops.approval.ApprovalNavigation;
import app.communityops.approval.ApprovalPolicy;
import app.communityops.approval.ApprovalPolicyService;
import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The approval setting that applies to one community: its client's, or its own. Tenant admins give it its own or
 * return it to the client's; everyone else who may read the community sees what applies.
 */
@Route(ApprovalNavigation.COMMUNITY_SETTINGS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class CommunityApprovalSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApprovalPolicyService policies;
    private final CommunityService communities;
    private @Nullable CommunitySummary community;
    private boolean editingOwn;

    CommunityApprovalSettingsView(ApprovalPolicyService policies, CommunityService communities) {
        this.policies = policies;
        this.communities = communities;
        setId("community-approval-settings");
        setWidthFull();
        getStyle().set("max-width", "760px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        render();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("approval.settings.title")
                : getTranslation("approval.settings.communityTitle", community.name());
    }

    private void render() {
        CommunitySummary shown = Objects.requireNonNull(community);
        ApprovalPolicy policy = policies.forCommunity(shown.id());
        boolean admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
        removeAll();
        Anchor back = new Anchor(CommunityNavigation.overviewPath(shown.id()), shown.name());
        back.setId("approval-settings-back");
        H2 title = new H2(getTranslation("approval.settings.communityTitle", shown.name()));
        title.setId("approval-settings-title");
        Paragraph source = new Paragraph(getTranslation("approval.settings.source." + policy.source().name()));
        source.setId("approval-settings-source");
        add(back, title, source);
        boolean own = policy.source() == ApprovalPolicy.Source.COMMUNITY;
        if (own || editingOwn) {
            add(new PolicyEditor(own ? policy.settings() : policy.settings(), admin, settings -> {
                policies.saveForCommunity(shown.id(), own ? policy.version() : -1, settings);
                editingOwn = false;
            }, this::render));
        } else {
            add(new PolicyEditor(policy.settings(), false, settings -> { }, this::render));
        }
        if (admin) {
            Div actions = new Div();
            actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                    .set("align-items", "center");
            if (own) {
                Button inherit = new Button(getTranslation("approval.settings.inherit"), event -> Confirm.danger(
                        getTranslation("approval.settings.inheritConfirm.title"),
                        getTranslation("approval.settings.inheritConfirm.text"),
                        getTranslation("approval.settings.inherit"), () -> inherit(shown, policy)));
                inherit.setId("approval-settings-inherit");
                actions.add(inherit);
            } else if (!editingOwn) {
                Button useOwn = new Button(getTranslation("approval.settings.useOwn"), event -> {
                    editingOwn = true;
                    render();
                });
                useOwn.setId("approval-settings-use-own");
                actions.add(useOwn);
            }
            Anchor client = new Anchor(ApprovalNavigation.clientSettingsPath(shown.clientId()),
                    getTranslation("approval.settings.editClient"));
            client.setId("approval-settings-client-link");
            actions.add(client);
            add(actions, new Paragraph(getTranslation("approval.settings.openRequests")));
        }
    }

    private void inherit(CommunitySummary shown, ApprovalPolicy policy) {
        try {
            policies.inheritForCommunity(shown.id(), policy.version());
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::render);
            return;
        }
        render();
    }
}
