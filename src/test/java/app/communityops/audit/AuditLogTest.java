package app.communityops.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.clients.ClientForm;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.community.VerticalService;
import app.communityops.security.AccountForm;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuditLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestTenants tenants;

    @Autowired
    VerticalService verticals;

    @Autowired
    AuditLog auditLog;
    @Autowired
    ClientService clients;
    @Autowired
    CommunityService communities;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;

    @Test
    void creatingAndChangingAClientRecordsWhoWhereAndOnlyTheChangedFields() {
        Fixture tenant = tenants.create();
        ClientSummary created = SignedIn.as(tenant.admin(), () -> clients.create(form("Acme Learning", "a@acme.test")));
        SignedIn.as(tenant.admin(), () -> clients.update(created.id(), created.version(),
                form("Acme Learning Ltd", "a@acme.test")));

        List<AuditRecord> entries = entriesFor(tenant, "Client", created.id());
        assertThat(entries).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        AuditRecord update = entries.get(0);
        AuditRecord create = entries.get(1);
        assertThat(create.actorEmail()).isEqualTo(tenant.admin().email());
        assertThat(create.actorRole()).isEqualTo("TENANT_ADMIN");
        assertThat(json(create.changes()).get("name").asString()).isEqualTo("Acme Learning");
        assertThat(json(create.changes()).get("contactEmail").asString()).isEqualTo("a@acme.test");
        assertThat(fieldNames(update.changes())).containsExactly("name");
        assertThat(json(update.changes()).get("name").asString()).isEqualTo("Acme Learning Ltd");
        assertThat(update.actorEmail()).isEqualTo(tenant.admin().email());
        assertThat(tenantOfEntry(tenant, update.id())).isEqualTo(tenant.tenantId());
    }

    @Test
    void passwordHashesAreMaskedInCreateAndUpdateEntries() {
        Fixture tenant = tenants.create();
        AccountForm form = new AccountForm();
        form.setEmail("new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
        form.setDisplayName("New Operator");
        form.setRole(AccountRole.OPERATOR);
        AccountSummary created = SignedIn.as(tenant.admin(), () -> accounts.create(form, "a-long-enough-password"));
        SignedIn.as(tenant.admin(), () -> accounts.resetPassword(created.id(), created.version()));

        List<AuditRecord> entries = entriesFor(tenant, "UserAccount", created.id());
        assertThat(entries).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(fieldNames(entries.get(0).changes())).containsExactly("passwordHash");
        assertThat(json(entries.get(0).changes()).get("passwordHash").asString()).isEqualTo("••••••");
        assertThat(json(entries.get(1).changes()).get("passwordHash").asString()).isEqualTo("••••••");
        String storedHash = inTenant(tenant, () -> jdbc.queryForObject(
                "select password_hash from user_account where id = ?", String.class, created.id()));
        Integer leaking = inTenant(tenant, () -> jdbc.queryForObject(
                "select count(*) from audit_entry where position(? in changes::text) > 0 or changes::text like '%argon2%'",
                Integer.class, storedHash));
        assertThat(leaking).isZero();
    }

    @Test
    void changingACommunitysOperatorsIsRecordedAndAnUnchangedSetIsNot() {
        Fixture tenant = tenants.create();
        CommunitySummary before = SignedIn.as(tenant.admin(), () -> communities.find(tenant.communityId()).orElseThrow());
        CommunityForm form = CommunityForm.of(before);
        form.setOperatorIds(new HashSet<>(Set.of(tenant.operator().userId(), tenant.otherOperator().userId())));
        CommunitySummary assigned = SignedIn.as(tenant.admin(), () -> communities.update(before.id(), before.version(), form));

        CommunityForm renamed = CommunityForm.of(assigned);
        renamed.setName(assigned.name() + " renamed");
        SignedIn.as(tenant.admin(), () -> communities.update(assigned.id(), assigned.version(), renamed));

        List<AuditRecord> entries = entriesFor(tenant, "Community", before.id());
        assertThat(entries).extracting(AuditRecord::action).containsExactly(AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(fieldNames(entries.get(0).changes())).containsExactly("name");
        AuditRecord operators = entries.get(1);
        assertThat(fieldNames(operators.changes())).containsExactly("operatorIds");
        List<String> ids = json(operators.changes()).get("operatorIds").values().stream().map(JsonNode::asString).toList();
        assertThat(ids).containsExactlyInAnyOrder(tenant.operator().userId().toString(),
                tenant.otherOperator().userId().toString());
    }

    @Test
    void aNewCommunityListsItsOperatorsInItsCreationEntryOnly() {
        Fixture tenant = tenants.create();
        CommunityForm form = new CommunityForm();
        form.setName("Launch " + UUID.randomUUID());
        form.setClientId(tenant.clientId());
        form.setOperatorIds(new HashSet<>(Set.of(tenant.operator().userId())));
        form.setVerticalId(SignedIn.as(tenant.admin(), verticals::verticals).getFirst().id());
        CommunitySummary created = SignedIn.as(tenant.admin(), () -> communities.create(form));

        List<AuditRecord> entries = entriesFor(tenant, "Community", created.id());
        assertThat(entries).extracting(AuditRecord::action).containsExactly(AuditAction.CREATE);
        assertThat(json(entries.get(0).changes()).get("operatorIds").values()).extracting(JsonNode::asString)
                .containsExactly(tenant.operator().userId().toString());
    }

    @Test
    void replacingTheOperatorSetIsOneEntryWithTheNewContents() throws ReflectiveOperationException {
        Fixture tenant = tenants.create();
        Field operators = Class.forName("app.communityops.community.Community").getDeclaredField("operatorIds");
        operators.setAccessible(true);
        SignedIn.run(tenant.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Object community = entityManager.createQuery("select c from Community c where c.id = :id")
                    .setParameter("id", tenant.communityId()).getSingleResult();
            try {
                operators.set(community, new HashSet<>(Set.of(tenant.otherOperator().userId())));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }));

        List<AuditRecord> entries = entriesFor(tenant, "Community", tenant.communityId());
        assertThat(entries).hasSize(1);
        assertThat(json(entries.get(0).changes()).get("operatorIds").values()).extracting(JsonNode::asString)
                .containsExactly(tenant.otherOperator().userId().toString());
    }

    @Test
    void deletingACommunityIsOneDeleteEntryWithoutAnOperatorChange() {
        Fixture tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                entityManager.remove(entityManager.createQuery("select c from Community c where c.id = :id")
                        .setParameter("id", tenant.communityId()).getSingleResult())));

        assertThat(entriesFor(tenant, "Community", tenant.communityId())).extracting(AuditRecord::action)
                .containsExactly(AuditAction.DELETE);
    }

    @Test
    void anotherTenantsAdminSeesNoneOfTheEntries() {
        Fixture a = tenants.create();
        Fixture b = tenants.create();
        ClientSummary created = SignedIn.as(a.admin(), () -> clients.create(form("Only A " + UUID.randomUUID(), null)));
        assertThat(entriesFor(a, "Client", created.id())).hasSize(1);

        SignedIn.run(b.admin(), () -> {
            assertThat(auditLog.search(AuditQuery.ALL, 0, 1000)).isEmpty();
            assertThat(auditLog.count(AuditQuery.ALL)).isZero();
            assertThat(auditLog.entityTypes()).isEmpty();
        });
    }

    @Test
    void onlyTenantAdminsMayReadTheLog() {
        Fixture tenant = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> auditLog.search(AuditQuery.ALL, 0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> auditLog.count(AuditQuery.ALL)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theUserFilterTreatsWildcardsAsText() {
        Fixture tenant = tenants.create();
        SignedIn.as(tenant.admin(), () -> clients.create(form("Wildcards " + UUID.randomUUID(), null)));
        SignedIn.run(tenant.admin(), () -> {
            assertThat(auditLog.count(new AuditQuery(tenant.admin().email().substring(0, 10), null, null, null)))
                    .isEqualTo(1);
            assertThat(auditLog.count(new AuditQuery("%", null, null, null))).isZero();
            assertThat(auditLog.count(new AuditQuery("_", null, null, null))).isZero();
            assertThat(auditLog.count(new AuditQuery("\\", null, null, null))).isZero();
        });
    }

    private List<AuditRecord> entriesFor(Fixture tenant, String entityType, UUID entityId) {
        return SignedIn.as(tenant.admin(), () -> auditLog.search(new AuditQuery(null, entityType, null, null), 0, 1000))
                .stream().filter(entry -> entityId.toString().equals(entry.entityId())).toList();
    }

    private UUID tenantOfEntry(Fixture tenant, UUID entryId) {
        return inTenant(tenant, () -> jdbc.queryForObject("select tenant_id from audit_entry where id = ?", UUID.class,
                entryId));
    }

    private <T> T inTenant(Fixture tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }

    private static ClientForm form(String name, String contactEmail) {
        ClientForm form = new ClientForm();
        form.setName(name);
        form.setContactEmail(contactEmail);
        return form;
    }

    private static JsonNode json(String changes) {
        return JSON.readTree(changes);
    }

    private static List<String> fieldNames(String changes) {
        return json(changes).propertyNames().stream().toList();
    }
}
