package app.communityops.kpi;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes members, their history, attendance, content and orders of a test tenant straight into the tables, at
 * chosen instants, so each KPI can be checked against numbers worked out by hand.
 */
@Component
public class KpiTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    KpiTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A member and a membership of the community, still without history; answers {member, membership}. */
    public UUID[] member(Fixture tenant, UUID community, String handle) {
        UUID member = Uuids.v7();
        UUID membership = Uuids.v7();
        sql(tenant, """
                insert into member (tenant_id, id, name, handle, created_at, version)
                values (current_tenant_id(), ?, ?, ?, now(), 0)""", member, handle, handle + "-" + member);
        sql(tenant, """
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                        applied_at, created_at, version)
                values (current_tenant_id(), ?, ?, ?, 'JOINED', ?, ?, now(), now(), 0)""",
                membership, community, member, handle, handle + "-" + member);
        return new UUID[] {member, membership};
    }

    /** A JOINED, LEFT or ELIMINATED event of a membership. */
    public void history(Fixture tenant, UUID community, UUID membership, String type, Instant at) {
        sql(tenant, """
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at)
                values (current_tenant_id(), ?, ?, ?, ?, ?)""", Uuids.v7(), membership, community, type, ts(at));
        if (type.equals("JOINED")) {
            sql(tenant, "update membership set status = 'JOINED', joined_at = ?, left_at = null where id = ?", ts(at),
                    membership);
        } else {
            sql(tenant, "update membership set status = ?, left_at = ? where id = ?", type, ts(at), membership);
        }
    }

    public void decided(Fixture tenant, UUID membership, String status, Instant at) {
        sql(tenant, "update membership set status = ?, decided_at = ? where id = ?", status, ts(at), membership);
    }

    public void attended(Fixture tenant, UUID community, UUID member, Instant at) {
        UUID type = Uuids.v7();
        UUID activity = Uuids.v7();
        sql(tenant, """
                insert into activity_type (tenant_id, id, name, kind, position, created_at, version)
                values (current_tenant_id(), ?, ?, 'REGULAR', 1, now(), 0)""", type, "type " + type);
        sql(tenant, """
                insert into activity (tenant_id, id, community_id, type_id, title, host_kind, host_text, starts_at,
                                      ends_at, funnel_stage, status, created_at, version)
                values (current_tenant_id(), ?, ?, ?, 'Weekly sharing', 'TEXT', 'Host', ?, ?, 'ACTIVATE', 'DONE',
                        now(), 0)""", activity, community, type, ts(at), ts(at.plusSeconds(3600)));
        sql(tenant, """
                insert into activity_attendance (tenant_id, id, activity_id, community_id, member_id, attended_at,
                                                 created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, now(), 0)""", Uuids.v7(), activity, community, member,
                ts(at));
    }

    public void published(Fixture tenant, UUID community, Instant at, int reactions, int replies, int shares) {
        UUID item = Uuids.v7();
        sql(tenant, """
                insert into content_item (tenant_id, id, kind, category, title, publish_at, status, reactions, replies,
                                          shares, created_at, version)
                values (current_tenant_id(), ?, 'VALUE', 'DEEP_DIVE', 'Deep dive', ?, 'PUBLISHED', ?, ?, ?, now(), 0)""",
                item, ts(at), reactions, replies, shares);
        sql(tenant, "insert into content_item_community (content_id, community_id) values (?, ?)", item, community);
    }

    /** An offer of the community, for orders. */
    public UUID offer(Fixture tenant, UUID community, String currency) {
        UUID offer = Uuids.v7();
        sql(tenant, """
                insert into offer (tenant_id, id, name, type, price, currency, status, created_at, version)
                values (current_tenant_id(), ?, ?, 'PAID_KNOWLEDGE', 99, ?, 'ON_SALE', now(), 0)""",
                offer, "Course " + offer, currency);
        sql(tenant, "insert into offer_community (tenant_id, offer_id, community_id) values (current_tenant_id(), ?, ?)",
                offer, community);
        return offer;
    }

    public void order(Fixture tenant, UUID community, UUID offer, UUID member, String amount, String refunded,
                      String currency, Instant paidAt) {
        sql(tenant, """
                insert into money_order (tenant_id, id, community_id, offer_id, member_id, amount, currency, refunded,
                                         paid_at, channel, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, 'IN_GROUP', now(), 0)""", Uuids.v7(), community,
                offer, member, new BigDecimal(amount), currency, new BigDecimal(refunded), ts(paidAt));
    }

    /** A member active on a day, as the rollup records it. */
    public void activeDay(Fixture tenant, UUID community, UUID member, LocalDate day) {
        sql(tenant, """
                insert into kpi_member_day (tenant_id, community_id, day, member_id, events)
                values (current_tenant_id(), ?, ?, ?, 1) on conflict do nothing""", community, Date.valueOf(day), member);
        sql(tenant, """
                insert into kpi_daily (tenant_id, community_id, day, active_members, events, message_posted, reply,
                    reaction, content_viewed, activity_attended, check_in, referral, custom)
                values (current_tenant_id(), ?, ?, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
                on conflict (tenant_id, community_id, day) do update
                    set active_members = kpi_daily.active_members + 1, events = kpi_daily.events + 1""",
                community, Date.valueOf(day));
    }

    public int sql(Fixture tenant, String sql, Object... arguments) {
        return TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> jdbc.update(sql, arguments)));
    }

    public <T> List<T> column(Fixture tenant, String sql, Class<T> type, Object... arguments) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> transactions.execute(status -> jdbc.queryForList(sql, type, arguments)));
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
