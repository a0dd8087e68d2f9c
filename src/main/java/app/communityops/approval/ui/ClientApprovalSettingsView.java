package app.communityops.approval.ui;

import app.communityops.approval.ApprovalNavigation;
import app.communityops.approval.ApprovalPolicy;
import app.communityops.approval.ApprovalPolicyService;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import com.vaadin.flow.component.html.Anchor;
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

/** A client's approval setting: the default of all of its communities. */
@Route(ApprovalNavigation.CLIENT_SETTINGS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
class ClientApprovalSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApprovalPolicyService policies;
    private final ClientService clients;
    private @Nullable ClientSummary client;

    ClientApprovalSettingsView(ApprovalPolicyService policies, ClientService clients) {
        this.policies = policies;
        this.clients = clients;
        setId("client-approval-settings");
        setWidthFull();
        getStyle().set("max-width", "760px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = event.getRouteParameters().get("clientId").flatMap(Ids::parse).flatMap(clients::find)
                .orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    public String getPageTitle() {
        return client == null ? getTranslation("approval.settings.title")
                : getTranslation("approval.settings.clientTitle", client.name());
    }

    private void render() {
        ClientSummary shown = Objects.requireNonNull(client);
        ApprovalPolicy policy = policies.forClient(shown.id());
        removeAll();
        Anchor back = new Anchor(ApprovalNavigation.SETTINGS_ROUTE, getTranslation("approval.settings.back"));
        back.setId("approval-settings-back");
        H2 title = new H2(getTranslation("approval.settings.clientTitle", shown.name()));
        title.setId("approval-settings-title");
        add(back, title, new Paragraph(getTranslation("approval.settings.clientIntro")),
                new PolicyEditor(policy.settings(), true,
                        settings -> policies.saveForClient(shown.id(), policy.version(), settings), this::render),
                new Paragraph(getTranslation("approval.settings.openRequests")));
    }
}
