package app.communityops.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ClientServiceTest {

    @Autowired
    ClientService clients;

    @Autowired
    TestTenants tenants;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void staffListTheTenantsClients() {
        assertThat(SignedIn.as(tenant.admin(), clients::list)).extracting(ClientSummary::id)
                .containsExactlyInAnyOrder(tenant.clientId(), tenant.otherClientId());
        assertThat(SignedIn.as(tenant.operator(), clients::list)).hasSize(2);
    }

    @Test
    void clientUsersReadOnlyTheirOwnClient() {
        assertThat(SignedIn.as(tenant.clientUser(), () -> clients.find(tenant.clientId()))).isPresent();
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> clients.find(tenant.otherClientId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), clients::list))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheTenantAdminCreatesAndEditsClients() {
        ClientSummary created = SignedIn.as(tenant.admin(), () -> clients.create(form("  Acme Ltd  ")));
        assertThat(created.name()).isEqualTo("Acme Ltd");
        assertThat(created.contactEmail()).isEqualTo("ops@acme.test");

        ClientForm changed = ClientForm.of(created);
        changed.setContactName("New contact");
        ClientSummary updated = SignedIn.as(tenant.admin(),
                () -> clients.update(created.id(), created.version(), changed));
        assertThat(updated.contactName()).isEqualTo("New contact");
        assertThat(updated.version()).isGreaterThan(created.version());

        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> clients.create(form("Operator's client"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void namesAreUniqueWithinTheTenantIgnoringCase() {
        SignedIn.run(tenant.admin(), () -> clients.create(form("Acme")));
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> clients.create(form("ACME"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("client.error.nameTaken");
                    assertThat(e.field()).isEqualTo("name");
                });
    }

    @Test
    void aStaleVersionIsRefused() {
        ClientSummary loaded = SignedIn.as(tenant.admin(), () -> clients.find(tenant.clientId())).orElseThrow();
        ClientForm first = ClientForm.of(loaded);
        first.setNotes("first");
        SignedIn.run(tenant.admin(), () -> clients.update(loaded.id(), loaded.version(), first));

        ClientForm second = ClientForm.of(loaded);
        second.setNotes("second");
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> clients.update(loaded.id(), loaded.version(), second)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(SignedIn.as(tenant.admin(), () -> clients.find(loaded.id())).orElseThrow().notes())
                .isEqualTo("first");
    }

    @Test
    void anotherTenantCannotReadOrChangeTheClient() {
        Fixture other = tenants.create();
        assertThat(SignedIn.as(other.admin(), () -> clients.find(tenant.clientId()))).isEmpty();
        assertThat(SignedIn.as(other.admin(), clients::list)).extracting(ClientSummary::id)
                .doesNotContain(tenant.clientId(), tenant.otherClientId());
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> clients.update(tenant.clientId(), 0, form("Hijacked"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(tenant.admin(), () -> clients.find(tenant.clientId())).orElseThrow().name())
                .isNotEqualTo("Hijacked");
    }

    private static ClientForm form(String name) {
        ClientForm form = new ClientForm();
        form.setName(name);
        form.setContactName("Olga Ops");
        form.setContactEmail("ops@acme.test");
        return form;
    }
}
