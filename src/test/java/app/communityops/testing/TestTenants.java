package app.communityops.testing;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates fresh, uniquely named tenants for a test, through the application role and row-level security,
 * so tests never depend on each other or on demo data.
 */
@Component
public class TestTenants {

    public static final String PASSWORD = "correct-horse-battery";

    /** A tenant with one of each kind of user, a client and a community assigned to the operator. */
    public record Fixture(UUID tenantId, String name, AppPrincipal admin, AppPrincipal operator,
                          AppPrincipal otherOperator, AppPrincipal clientUser, UUID clientId, UUID otherClientId,
                          UUID communityId, UUID unassignedCommunityId, UUID otherClientCommunityId) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String passwordHash;

    TestTenants(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    public Fixture create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Tenant " + suffix;
        UUID tenantId = Uuids.v7();
        transactions.executeWithoutResult(status -> jdbc.update("""
                insert into tenant (id, name, status, max_communities, max_members, max_staff_seats, created_at, version)
                values (?, ?, 'ACTIVE', 20, 1000, 10, ?, 0)""", tenantId, name, now()));
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            UUID client = client("Client " + suffix);
            UUID otherClient = client("Other client " + suffix);
            AppPrincipal admin = user(tenantId, "admin-" + suffix + "@example.test", Roles.TENANT_ADMIN, null);
            AppPrincipal operator = user(tenantId, "operator-" + suffix + "@example.test", Roles.OPERATOR, null);
            AppPrincipal other = user(tenantId, "other-" + suffix + "@example.test", Roles.OPERATOR, null);
            AppPrincipal clientUser = user(tenantId, "client-" + suffix + "@example.test", Roles.CLIENT, client);
            UUID community = community("Community " + suffix, client);
            UUID unassigned = community("Unassigned " + suffix, client);
            UUID otherClientCommunity = community("Other client community " + suffix, otherClient);
            jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)", community,
                    operator.userId());
            return new Fixture(tenantId, name, admin, operator, other, clientUser, client, otherClient, community,
                    unassigned, otherClientCommunity);
        }));
    }

    public AppPrincipal platformAdmin() {
        String email = "platform-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        UUID id = Uuids.v7();
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into platform_admin (id, email, password_hash, display_name, enabled, created_at, version)
                    values (?, ?, ?, 'Platform', true, ?, 0)""", id, email, passwordHash, now());
            jdbc.update("insert into login_email (email, created_at) values (?, ?)", email, now());
        });
        return new AppPrincipal(id, null, null, email, "Platform", Roles.PLATFORM_ADMIN, Locale.ENGLISH);
    }

    private UUID client(String name) {
        UUID id = Uuids.v7();
        jdbc.update("insert into client (tenant_id, id, name, created_at, version) values (current_tenant_id(), ?, ?, ?, 0)",
                id, name, now());
        return id;
    }

    private AppPrincipal user(UUID tenantId, String email, String role, @Nullable UUID client) {
        UUID id = Uuids.v7();
        jdbc.update("insert into login_email (email, created_at) values (?, ?)", email, now());
        jdbc.update("""
                insert into user_account (tenant_id, id, email, password_hash, display_name, role, client_id, enabled,
                                          created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, true, ?, 0)""",
                id, email, passwordHash, email.substring(0, email.indexOf('@')), role, client, now());
        return new AppPrincipal(id, tenantId, client, email, email.substring(0, email.indexOf('@')), role,
                Locale.ENGLISH);
    }

    /** One more user of the tenant's client. */
    public AppPrincipal clientUser(Fixture tenant, String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        return Objects.requireNonNull(TenantContext.callAs(tenant.tenantId(),
                () -> transactions.execute(status -> user(tenant.tenantId(), email, Roles.CLIENT, tenant.clientId()))));
    }

    /** One more operator of the tenant, assigned to the fixture's community. */
    public AppPrincipal operatorOfCommunity(Fixture tenant, String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        return Objects.requireNonNull(TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> {
            AppPrincipal operator = user(tenant.tenantId(), email, Roles.OPERATOR, null);
            jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)", tenant.communityId(),
                    operator.userId());
            return operator;
        })));
    }

    /** One more active community of the tenant's client, with that many seats. */
    public UUID community(Fixture tenant, String name, int capacity) {
        return Objects.requireNonNull(TenantContext.callAs(tenant.tenantId(),
                () -> transactions.execute(status -> community(name, tenant.clientId(), capacity))));
    }

    private UUID community(String name, UUID client) {
        return community(name, client, 500);
    }

    private UUID community(String name, UUID client, int capacity) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, created_at, version)
                values (current_tenant_id(), ?, ?, 'WECHAT_GROUP', ?, 'ACTIVE', ?, ?, 0)""", id, name, client, capacity,
                now());
        return id;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
