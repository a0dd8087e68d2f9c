package app.communityops.testing;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
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
        // No "f": the PDF's font sets "ff" as one ligature glyph, which text extraction cannot read back, and the
        // report tests read the tenant's name from the PDF.
        String suffix = UUID.randomUUID().toString().substring(0, 8).replace('f', 'g');
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

    /**
     * {@code count} more active communities of the tenant's client, named {@code prefix + i}, without a capacity:
     * one statement each, in one transaction.
     */
    public List<UUID> communities(Fixture tenant, String prefix, int count) {
        return Objects.requireNonNull(TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID id = Uuids.v7();
                jdbc.update("""
                        insert into community (tenant_id, id, name, channel, client_id, status, created_at, version)
                        values (current_tenant_id(), ?, ?, 'WECHAT_GROUP', ?, 'ACTIVE', ?, 0)""",
                        id, prefix + i, tenant.clientId(), now());
                ids.add(id);
            }
            return ids;
        })));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The base rows of the benchmarks and the load data, written straight to the tables in the caller's
    // transaction (and tenant, for the tenant's own rows). Static: the load data's generator runs the application
    // without the tests' beans. Rows that should look established are dated {@code ageDays} back.

    /** An active tenant with these limits, created {@code ageDays} ago. */
    public static void tenantRow(JdbcOperations jdbc, UUID id, String name, int maxCommunities, int maxMembers,
                                 int maxStaffSeats, int ageDays) {
        jdbc.update("""
                insert into tenant (id, name, status, max_communities, max_members, max_staff_seats, created_at, version)
                values (?, ?, 'ACTIVE', ?, ?, ?, now() - make_interval(days => ?), 0)""", id, name, maxCommunities,
                maxMembers, maxStaffSeats, ageDays);
    }

    /** A client of the current tenant with its contact. */
    public static void clientRow(JdbcOperations jdbc, UUID id, String name, String contactName, String contactEmail,
                                 int ageDays) {
        jdbc.update("""
                insert into client (tenant_id, id, name, contact_name, contact_email, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, now() - make_interval(days => ?), 0)""",
                id, name, contactName, contactEmail, ageDays);
    }

    /** An enabled user of the current tenant, in English, and its sign-in email. */
    public static void userRow(JdbcOperations jdbc, UUID id, String email, String passwordHash, String displayName,
                               String role, @Nullable UUID clientId, int ageDays) {
        jdbc.update("insert into login_email (email, created_at) values (?, now())", email);
        jdbc.update("""
                insert into user_account (tenant_id, id, email, password_hash, display_name, role, client_id, enabled,
                                          locale, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, true, 'en', now() - make_interval(days => ?), 0)""",
                id, email, passwordHash, displayName, role, clientId, ageDays);
    }

    /** An active community of the current tenant, without a capacity. */
    public static void communityRow(JdbcOperations jdbc, UUID id, String name, String channel, UUID clientId,
                                    String description, int ageDays) {
        jdbc.update("""
                insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, description,
                                       created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, 'ACTIVE', null, ?, now() - make_interval(days => ?), 0)""",
                id, name, channel, clientId, description, ageDays);
    }

    /** The operator works on the community. */
    public static void operatorRow(JdbcOperations jdbc, UUID communityId, UUID userId) {
        jdbc.update("insert into community_operator (community_id, user_id) values (?, ?)", communityId, userId);
    }

    /**
     * Communities {@code md5(seed || 'community' || c)} named {@code Bench community <c>}, {@code c = 0 .. count - 1},
     * of the client, without a capacity: WeCom groups, the first a forum if {@code firstIsForum}.
     */
    public static int benchCommunities(JdbcOperations jdbc, String seed, UUID clientId, int count,
                                       boolean firstIsForum) {
        return jdbc.update("""
                insert into community (tenant_id, id, name, channel, client_id, status, member_capacity, created_at,
                                       version)
                select current_tenant_id(), md5(? || 'community' || c)::uuid, 'Bench community ' || c,
                       case when c = 0 and ? then 'FORUM' else 'WECOM' end, ?, 'ACTIVE', null, now(), 0
                from generate_series(0, ? - 1) c""", seed, firstIsForum, clientId, count);
    }

    /**
     * Spreads the bench communities over five verticals (ten each, by number) and five clients (by number modulo
     * five; 0 keeps {@code clientId}, the others are four bench clients), so each has eight peers of four other
     * clients (decision 0049). Answers the communities changed.
     */
    public static int benchPeers(JdbcOperations jdbc, String seed) {
        jdbc.update("""
                insert into client (tenant_id, id, name, created_at, version)
                select current_tenant_id(), md5(? || 'client' || k)::uuid, 'Bench client ' || k, now(), 0
                from generate_series(1, 4) k""", seed);
        jdbc.update("""
                insert into community_vertical (tenant_id, id, seed_key, name, position, created_at, version)
                select current_tenant_id(), md5(? || 'vertical' || v)::uuid, null, 'Bench vertical ' || v, v + 1,
                       now(), 0
                from generate_series(0, 4) v""", seed);
        return jdbc.update("""
                update community c
                set vertical_id = md5(? || 'vertical' || (n.c / 10))::uuid,
                    client_id = case when n.c % 5 = 0 then c.client_id else md5(? || 'client' || (n.c % 5))::uuid end
                from (select id, substring(name from 'Bench community (\\d+)')::int as c from community) n
                where c.id = n.id and n.c is not null""", seed, seed);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
