package app.communityops.join;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The join_page rows of the current tenant. */
@Component
class PageQueries {

    private static final String COLUMNS = """
            select community_id, paused, value_zh, value_en, rules_zh, rules_en, privacy_zh, privacy_en,
                   privacy_version, payment_zh, payment_en, payment_qr_type, version from join_page""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PageQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<JoinPageDetails> find(UUID communityId) {
        return jdbc.sql(COLUMNS + " where community_id = ?").param(communityId).query(PageQueries::details)
                .optional();
    }

    /** Inserts the page at version 0 or updates it from {@code expected}; false when another edit came first. */
    boolean save(UUID communityId, long expected, JoinPageForm form, Instant now) {
        if (expected < 0) {
            return template.update("""
                            insert into join_page (tenant_id, community_id, paused, value_zh, value_en, rules_zh,
                                                   rules_en, privacy_zh, privacy_en, privacy_version, payment_zh,
                                                   payment_en, updated_at, version)
                            values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                            on conflict do nothing""",
                    communityId, form.isPaused(), form.getValueZh(), form.getValueEn(), form.getRulesZh(),
                            form.getRulesEn(), form.getPrivacyZh(), form.getPrivacyEn(),
                            form.getPrivacyVersion().strip(), form.getPaymentZh(), form.getPaymentEn(),
                            Timestamp.from(now)) == 1;
        }
        return template.update("""
                        update join_page set paused = ?, value_zh = ?, value_en = ?, rules_zh = ?, rules_en = ?,
                               privacy_zh = ?, privacy_en = ?, privacy_version = ?, payment_zh = ?, payment_en = ?,
                               updated_at = ?, version = version + 1
                        where community_id = ? and version = ?""",
                form.isPaused(), form.getValueZh(), form.getValueEn(), form.getRulesZh(), form.getRulesEn(),
                        form.getPrivacyZh(), form.getPrivacyEn(), form.getPrivacyVersion().strip(),
                        form.getPaymentZh(), form.getPaymentEn(), Timestamp.from(now), communityId, expected) == 1;
    }

    boolean savePaymentQr(UUID communityId, long expected, byte @Nullable [] image, @Nullable String type,
                          Instant now) {
        return template.update("""
                        update join_page set payment_qr = ?, payment_qr_type = ?, updated_at = ?,
                               version = version + 1
                        where community_id = ? and version = ?""",
                image, type, Timestamp.from(now), communityId, expected) == 1;
    }

    Optional<JoinImage> paymentQr(UUID communityId) {
        return jdbc.sql("""
                        select payment_qr, payment_qr_type from join_page
                        where community_id = ? and payment_qr is not null""")
                .param(communityId).query((rs, row) -> new JoinImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    private static JoinPageDetails details(ResultSet rs, int row) throws SQLException {
        return new JoinPageDetails(rs.getObject(1, UUID.class), rs.getBoolean(2),
                new Bilingual(rs.getString(3), rs.getString(4)), new Bilingual(rs.getString(5), rs.getString(6)),
                new Bilingual(rs.getString(7), rs.getString(8)), rs.getString(9),
                new Bilingual(rs.getString(10), rs.getString(11)), rs.getString(12), rs.getLong(13));
    }
}
