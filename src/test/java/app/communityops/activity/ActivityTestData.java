package app.communityops.activity;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way tests of other features write activities straight into the tables: a type, an activity held in the
 * past (done), and who attended, at chosen instants that the services (which plan from now) would not allow.
 */
@Component
public class ActivityTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ActivityTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A regular activity type of the tenant. */
    public UUID type(UUID tenantId, String name) {
        UUID id = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into activity_type (tenant_id, id, name, kind, position, created_at, version)
                values (current_tenant_id(), ?, ?, 'REGULAR', 1, now(), 0)""", id, name));
        return id;
    }

    /**
     * A done activity of the community in the activation stage, an hour from {@code start}; hosted by a staff user,
     * a member, or (both null) a name given as text.
     */
    public UUID done(UUID tenantId, UUID community, UUID type, String title, @Nullable UUID hostUser,
                     @Nullable UUID hostMember, Instant start) {
        UUID id = Uuids.v7();
        String hostKind = hostUser != null ? "STAFF" : hostMember != null ? "MEMBER" : "TEXT";
        inTenant(tenantId, () -> jdbc.update("""
                insert into activity (tenant_id, id, community_id, type_id, title, host_kind, host_text, host_user_id,
                                      host_member_id, starts_at, ends_at, funnel_stage, status, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVATE', 'DONE', now(), 0)""",
                id, community, type, title, hostKind, hostKind.equals("TEXT") ? "Host" : null, hostUser, hostMember,
                Timestamp.from(start), Timestamp.from(start.plusSeconds(3600))));
        return id;
    }

    /** The member attended the activity at that instant. */
    public void attended(UUID tenantId, UUID activity, UUID community, UUID member, Instant at) {
        inTenant(tenantId, () -> jdbc.update("""
                insert into activity_attendance (tenant_id, id, activity_id, community_id, member_id, attended_at,
                                                 created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, now(), 0)""", Uuids.v7(), activity, community, member,
                Timestamp.from(at)));
    }

    /**
     * The health benchmark's activities: in each of {@code communities} communities, one done activity a week over
     * the last {@code weeks} weeks, attended by a fifth of the community's KPI benchmark members (member {@code g} is
     * in community {@code g mod communities}); written in the caller's transaction and tenant.
     */
    public static int healthBenchActivities(JdbcOperations jdbc, String seed, int communities, int weeks,
                                            int members) {
        jdbc.update("""
                insert into activity_type (tenant_id, id, name, kind, position, created_at, version)
                values (current_tenant_id(), md5(? || 'activity type')::uuid, 'Weekly sharing', 'REGULAR', 1, now(),
                        0)""", seed);
        jdbc.update("""
                insert into activity (tenant_id, id, community_id, type_id, title, host_kind, host_text, starts_at,
                                      ends_at, funnel_stage, status, created_at, version)
                select current_tenant_id(), md5(? || 'activity' || c || '-' || w)::uuid,
                       md5(? || 'community' || c)::uuid, md5(? || 'activity type')::uuid, 'Weekly sharing ' || w,
                       'TEXT', 'Host', now() - (w * 7 + 1 || ' days')::interval,
                       now() - (w * 7 + 1 || ' days')::interval + interval '1 hour', 'ACTIVATE', 'DONE', now(), 0
                from generate_series(0, ? - 1) c cross join generate_series(0, ? - 1) w""",
                seed, seed, seed, communities, weeks);
        return jdbc.update("""
                insert into activity_attendance (tenant_id, id, activity_id, community_id, member_id, attended_at,
                                                 created_at, version)
                select current_tenant_id(), md5(? || 'attendance' || g || '-' || w)::uuid,
                       md5(? || 'activity' || g % ? || '-' || w)::uuid, md5(? || 'community' || g % ?)::uuid,
                       md5(? || 'member' || g)::uuid, now() - (w * 7 + 1 || ' days')::interval, now(), 0
                from generate_series(0, ? - 1) g cross join generate_series(0, ? - 1) w
                where (g / ? + w) % 5 = 0""",
                seed, seed, communities, seed, communities, seed, members, weeks, communities);
    }

    private <T> T inTenant(UUID tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }
}
