package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Session rows do not pile up: the nightly job forgets those that ended or went quiet long ago, and only those. */
@IntegrationTest
class SessionCleanupTest {

    @Autowired
    SessionStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oldEndedAndAbandonedSessionsAreForgottenRecentAndOpenOnesKept() {
        UUID user = UUID.randomUUID();
        Instant now = Instant.now();
        byte[] endedLongAgo = row(user, now.minus(Duration.ofDays(120)), now.minus(Duration.ofDays(100)));
        byte[] abandonedLongAgo = row(user, now.minus(Duration.ofDays(95)), null);
        byte[] endedLastWeek = row(user, now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(7)));
        byte[] open = row(user, now, null);

        assertThat(store.forgetOld()).isGreaterThanOrEqualTo(2);

        assertThat(exists(endedLongAgo)).isFalse();
        assertThat(exists(abandonedLongAgo)).isFalse();
        assertThat(exists(endedLastWeek)).isTrue();
        assertThat(exists(open)).isTrue();
        assertThat(store.check(open, user, false)).isEqualTo(SessionStore.Status.OPEN);
    }

    private byte[] row(UUID user, Instant lastSeen, Instant ended) {
        byte[] keyHash = SessionStore.hash(SessionStore.newKey());
        jdbc.update("""
                        insert into user_session (key_hash, id, user_id, created_at, last_seen_at, ended_at, end_reason)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                keyHash, UUID.randomUUID(), user, Timestamp.from(lastSeen), Timestamp.from(lastSeen),
                ended == null ? null : Timestamp.from(ended), ended == null ? null : "CLOSED");
        return keyHash;
    }

    private boolean exists(byte[] keyHash) {
        return jdbc.queryForObject("select count(*) from user_session where key_hash = ?", Integer.class, keyHash) > 0;
    }
}
