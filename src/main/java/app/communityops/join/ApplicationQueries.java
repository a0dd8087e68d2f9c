package app.communityops.join;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The join_application rows: what the join feature keeps of each application filed through a page. */
@Component
class ApplicationQueries {

    /** A new row; {@code outcome} and {@code open} as screening left the application. */
    record NewApplication(UUID id, UUID communityId, UUID membershipId, UUID linkId, @Nullable String phoneHash,
                          @Nullable String emailHash, boolean open, String outcome, Instant consentedAt,
                          String noticeVersion, String locale, String statusTokenHash,
                          @Nullable String paymentClaim, Instant createdAt, @Nullable Instant joinedAt) {
    }

    /** A row as the status page and the operator read it. */
    record Row(UUID id, UUID communityId, UUID membershipId, @Nullable UUID linkId, String outcome,
               @Nullable String paymentClaim, @Nullable UUID groupCodeId, Instant createdAt,
               @Nullable Instant joinedAt, String locale) {
    }

    /** What a status token finds before its tenant is known. */
    record Found(UUID tenantId, UUID id, UUID communityId) {
    }

    private static final String COLUMNS = """
            select id, community_id, membership_id, link_id, outcome, payment_claim, group_code_id, created_at,
                   joined_at, locale from join_application""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ApplicationQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(NewApplication a) {
        template.update("""
                        insert into join_application (tenant_id, id, community_id, membership_id, link_id, phone_hash,
                                                      email_hash, open, outcome, consented_at, notice_version, locale,
                                                      status_token_hash, payment_claim, created_at, joined_at)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                a.id(), a.communityId(), a.membershipId(), a.linkId(), a.phoneHash(), a.emailHash(), a.open(),
                        a.outcome(), Timestamp.from(a.consentedAt()), a.noticeVersion(), a.locale(),
                        a.statusTokenHash(), a.paymentClaim(), Timestamp.from(a.createdAt()),
                        a.joinedAt() == null ? null : Timestamp.from(a.joinedAt()));
    }

    /** Whether the person already has an open application to the community, by phone or by email. */
    boolean openExists(UUID communityId, @Nullable String phoneHash, @Nullable String emailHash) {
        Integer open = template.queryForObject("""
                        select count(*) from join_application
                        where community_id = ? and open and (phone_hash = ? or email_hash = ?)""", Integer.class,
                communityId, phoneHash, emailHash);
        return open != null && open > 0;
    }

    /** The status token's hash names the row in a transaction-local setting (the join_status_lookup policy). */
    Optional<Found> byStatusHash(String hash) {
        jdbc.sql("select set_config('app.join_status_token', ?, true)").param(hash).query(String.class).single();
        return jdbc.sql("select tenant_id, id, community_id from join_application where status_token_hash = ?")
                .param(hash)
                .query((rs, row) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ApplicationQueries::row).optional();
    }

    /** The row, locked until the end of the transaction: one hand-out per applicant at a time. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ? for update").param(id).query(ApplicationQueries::row).optional();
    }

    /** The community's applications, newest first. */
    List<Row> of(UUID communityId, int limit) {
        return jdbc.sql(COLUMNS + " where community_id = ? order by created_at desc, id limit ?")
                .params(communityId, limit).query(ApplicationQueries::row).list();
    }

    void handOut(UUID id, UUID groupCodeId) {
        jdbc.sql("update join_application set group_code_id = ? where id = ?").params(groupCodeId, id).update();
    }

    /** Screening decided the membership: the application is no longer open. */
    void decided(UUID membershipId, String outcome, Instant at) {
        jdbc.sql("""
                        update join_application set outcome = ?, open = false, decided_at = coalesce(decided_at, ?)
                        where membership_id = ?""")
                .params(outcome, Timestamp.from(at), membershipId).update();
    }

    void joined(UUID membershipId, Instant at) {
        jdbc.sql("""
                        update join_application set outcome = 'APPROVED', open = false, joined_at = ?,
                               decided_at = coalesce(decided_at, ?)
                        where membership_id = ?""")
                .params(Timestamp.from(at), Timestamp.from(at), membershipId).update();
    }

    private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp joined = rs.getTimestamp(9);
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                rs.getTimestamp(8).toInstant(), joined == null ? null : joined.toInstant(), rs.getString(10));
    }
}
