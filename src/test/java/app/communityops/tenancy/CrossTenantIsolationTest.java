package app.communityops.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.audit.AuditLog;
import app.communityops.audit.AuditQuery;
import app.communityops.audit.AuditRecord;
import app.communityops.clients.ClientForm;
import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountForm;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant A's admin tries to read and change tenant B's rows on every path the code offers: the services, JPQL
 * and native queries through the EntityManager, and raw SQL on the same connection. Each attempt finds nothing,
 * is "not found", or is refused by PostgreSQL.
 */
@IntegrationTest
class CrossTenantIsolationTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    CommunityService communities;
    @Autowired
    ClientService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private Fixture a;
    private Fixture b;
    private ClientSummary bAudited;

    @BeforeEach
    void twoTenants() {
        a = tenants.create();
        b = tenants.create();
        // Gives tenant B an audit entry of its own to be hidden.
        bAudited = SignedIn.as(b.admin(), () -> clients.create(clientForm("Audited in B " + UUID.randomUUID())));
    }

    @Test
    void servicesDoNotFindTheOtherTenantsRecords() {
        SignedIn.run(a.admin(), () -> {
            assertThat(communities.find(b.communityId())).isEmpty();
            assertThat(communities.visible()).extracting(CommunitySummary::id)
                    .contains(a.communityId()).doesNotContain(b.communityId(), b.unassignedCommunityId(),
                            b.otherClientCommunityId());
            assertThat(clients.find(b.clientId())).isEmpty();
            assertThat(clients.list()).extracting(ClientSummary::id).contains(a.clientId())
                    .doesNotContain(b.clientId(), b.otherClientId(), bAudited.id());
            assertThat(accounts.list()).extracting(AccountSummary::id).contains(a.operator().userId())
                    .doesNotContain(b.admin().userId(), b.operator().userId(), b.clientUser().userId());
            assertThat(accounts.find(List.of(b.operator().userId(), b.admin().userId()))).isEmpty();
            assertThat(auditLog.search(AuditQuery.ALL, 0, 1000)).extracting(AuditRecord::entityId)
                    .doesNotContain(bAudited.id().toString());
        });
        SignedIn.run(a.operator(), () -> assertThat(communities.find(b.communityId())).isEmpty());
        SignedIn.run(a.clientUser(), () -> assertThat(communities.find(b.communityId())).isEmpty());
    }

    @Test
    void servicesRefuseToChangeTheOtherTenantsRecords() {
        CommunityForm community = new CommunityForm();
        community.setName("Taken over");
        community.setClientId(a.clientId());
        AccountForm account = new AccountForm();
        account.setEmail(b.operator().email());
        account.setDisplayName("Taken over");

        SignedIn.run(a.admin(), () -> {
            assertThatThrownBy(() -> communities.update(b.communityId(), 0, community))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> clients.update(b.clientId(), 0, clientForm("Taken over")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> accounts.update(b.operator().userId(), 0, account))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> accounts.resetPassword(b.operator().userId(), 0))
                    .isInstanceOf(NotFoundException.class);
            // A community of A cannot be attached to B's client either.
            community.setClientId(b.clientId());
            assertThatThrownBy(() -> communities.create(community)).hasMessageContaining("clientRequired");
        });

        SignedIn.run(b.admin(), () -> {
            assertThat(communities.find(b.communityId()).orElseThrow().name()).doesNotContain("Taken over");
            assertThat(clients.find(b.clientId()).orElseThrow().name()).doesNotContain("Taken over");
        });
    }

    @Test
    void jpqlAndNativeQueriesThroughTheEntityManagerSeeOnlyTheOwnTenant() {
        inTransactionAs(a, () -> {
            List<UUID> ids = entityManager.createQuery("select c.id from Community c", UUID.class).getResultList();
            assertThat(ids).containsExactlyInAnyOrder(a.communityId(), a.unassignedCommunityId(),
                    a.otherClientCommunityId());
            assertThat(entityManager.createQuery("select c from Community c where c.id = :id")
                    .setParameter("id", b.communityId()).getResultList()).isEmpty();
            assertThat(entityManager.createQuery("select u.id from UserAccount u where u.id = :id")
                    .setParameter("id", b.admin().userId()).getResultList()).isEmpty();
            assertThat(entityManager.createQuery("update Community c set c.name = 'x' where c.id = :id")
                    .setParameter("id", b.communityId()).executeUpdate()).isZero();
            // Native SQL is not filtered by Hibernate at all: row-level security alone keeps B out.
            assertThat(entityManager.createNativeQuery("select tenant_id from community").getResultList())
                    .isNotEmpty().allSatisfy(tenant -> assertThat(tenant).isEqualTo(a.tenantId()));
            assertThat(entityManager.createNativeQuery("select count(*) from client where tenant_id = ?1")
                    .setParameter(1, b.tenantId()).getSingleResult()).isEqualTo(0L);
            return null;
        });
    }

    @Test
    void rawSqlReadsNothingOfTheOtherTenantAndChangesNothing() {
        inTransactionAs(a, () -> {
            assertThat(count("select count(*) from community where tenant_id = ?", b.tenantId())).isZero();
            assertThat(count("select count(*) from community_operator where tenant_id = ?", b.tenantId())).isZero();
            assertThat(count("select count(*) from user_account where tenant_id = ?", b.tenantId())).isZero();
            assertThat(count("select count(*) from audit_entry where tenant_id = ?", b.tenantId())).isZero();
            assertThat(count("select count(*) from community where id = ?", b.communityId())).isZero();
            assertThat(jdbc.update("update community set name = 'x' where tenant_id = ?", b.tenantId())).isZero();
            assertThat(jdbc.update("delete from community_operator where tenant_id = ?", b.tenantId())).isZero();
            assertThat(jdbc.update("delete from client where id = ?", b.otherClientId())).isZero();
            return null;
        });
        SignedIn.run(b.admin(), () -> assertThat(communities.visible()).extracting(CommunitySummary::name)
                .doesNotContain("x").hasSize(3));
    }

    @Test
    void rawSqlCannotWriteRowsIntoTheOtherTenant() {
        assertRefusedByRowSecurity(() -> jdbc.update("""
                insert into client (tenant_id, id, name, created_at, version) values (?, ?, 'Planted', ?, 0)""",
                b.tenantId(), UUID.randomUUID(), Timestamp.from(Instant.now())));
        assertRefusedByRowSecurity(() -> jdbc.update("""
                insert into community_operator (tenant_id, community_id, user_id) values (?, ?, ?)""",
                b.tenantId(), b.unassignedCommunityId(), b.operator().userId()));
        // Moving one's own row into the other tenant is refused too (the policy's WITH CHECK).
        assertRefusedByRowSecurity(() -> jdbc.update("update client set tenant_id = ? where id = ?", b.tenantId(),
                a.otherClientId()));
        assertRefusedByRowSecurity(() -> jdbc.update("""
                insert into audit_entry (tenant_id, id, occurred_at, action, entity_type) values (?, ?, ?, 'ACCESS', 'X')""",
                b.tenantId(), UUID.randomUUID(), Timestamp.from(Instant.now())));
    }

    @Test
    void withoutATenantEveryTenantTableReadsAsEmpty() {
        SecurityContextHolder.clearContext();
        List<String> tables = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                and not c.relispartition""", String.class);
        // Partitions are read through their parent; the application role may not read them directly at all
        // (EngagementIsolationTest).
        assertThat(tables).contains("client", "user_account", "community", "community_operator", "audit_entry");
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String table : tables) {
                assertThat(count("select count(*) from " + table)).as("rows of %s in a transaction", table).isZero();
            }
            assertThat(entityManager.createQuery("select count(c) from Community c").getSingleResult()).isEqualTo(0L);
            assertThat(entityManager.createNativeQuery("select count(*) from community").getSingleResult())
                    .isEqualTo(0L);
        });
        for (String table : tables) {
            assertThat(count("select count(*) from " + table)).as("rows of %s outside a transaction", table).isZero();
        }
        // The same tables do hold rows: the emptiness above is isolation, not an empty database.
        inTransactionAs(a, () -> {
            assertThat(count("select count(*) from community")).isEqualTo(3);
            return null;
        });
    }

    /**
     * The join pages' tables (decision 0051): a link, page, group code and application of tenant B are invisible to
     * tenant A and cannot be changed or planted by it, and the token lookup policies find nothing without the token.
     */
    @Test
    void joinPagesOfTheOtherTenantCannotBeReadOrChanged() {
        UUID link = UUID.randomUUID();
        UUID code = UUID.randomUUID();
        inTransactionAs(b, () -> {
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("""
                    insert into join_page (tenant_id, community_id, paused, privacy_en, updated_at, version)
                    values (?, ?, false, 'Notice', ?, 0)""", b.tenantId(), b.communityId(), now);
            jdbc.update("""
                    insert into join_link (tenant_id, id, community_id, token, campaign, created_at)
                    values (?, ?, ?, ?, 'Forum', ?)""", b.tenantId(), link, b.communityId(),
                    "B".repeat(22), now);
            jdbc.update("""
                    insert into join_group_code (tenant_id, id, community_id, label, image, image_type, capacity,
                                                 expires_on, position, created_at, version)
                    values (?, ?, ?, 'Group 1', ?, 'image/png', 500, current_date + 7, 0, ?, 0)""",
                    b.tenantId(), code, b.communityId(), new byte[] {1}, now);
            return null;
        });
        inTransactionAs(a, () -> {
            for (String table : List.of("join_page", "join_link", "join_group_code", "join_application",
                    "join_rate_limit")) {
                assertThat(count("select count(*) from " + table + " where tenant_id = ?", b.tenantId()))
                        .as("rows of B in %s", table).isZero();
            }
            assertThat(jdbc.update("update join_page set paused = true where community_id = ?", b.communityId()))
                    .isZero();
            assertThat(jdbc.update("update join_link set archived_at = now() where id = ?", link)).isZero();
            assertThat(jdbc.update("update join_group_code set handed_out = 1 where id = ?", code)).isZero();
            assertThat(jdbc.update("delete from join_group_code where id = ?", code)).isZero();
            return null;
        });
        assertRefusedByRowSecurity(() -> jdbc.update("""
                insert into join_link (tenant_id, id, community_id, token, campaign, created_at)
                values (?, ?, ?, ?, 'Planted', now())""", b.tenantId(), UUID.randomUUID(), b.communityId(),
                "P".repeat(22)));
        inTransactionAs(b, () -> {
            assertThat(count("select count(*) from join_link where id = ? and archived_at is null", link)).isOne();
            assertThat(count("select handed_out from join_group_code where id = ?", code)).isZero();
            return null;
        });
    }

    private void assertRefusedByRowSecurity(Runnable statement) {
        assertThatThrownBy(() -> inTransactionAs(a, () -> {
            statement.run();
            return null;
        })).isInstanceOfSatisfying(DataAccessException.class, refused -> assertThat(refused.getMostSpecificCause())
                .hasMessageContaining("violates row-level security policy"));
    }

    private <T> T inTransactionAs(Fixture tenant, Supplier<T> work) {
        return SignedIn.as(tenant.admin(), () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? -1 : count;
    }

    private static ClientForm clientForm(String name) {
        ClientForm form = new ClientForm();
        form.setName(name);
        return form;
    }
}
