package app.communityops.security.mfa;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every node must encrypt second-factor secrets with the same key: a secret enrolled through a node with another
 * key does not decrypt on the others, so its owner could not sign in there, and nothing would say why. The first
 * node started with a configured key records the key's check value ({@link SecretCipher#checkValue}); a node whose
 * key gives another value refuses to start, before the balancer's health check sends it anyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MfaKeyCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MfaKeyCheck.class);

    private final SecretCipher cipher;
    private final JdbcTemplate jdbc;

    MfaKeyCheck(SecretCipher cipher, JdbcTemplate jdbc) {
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (cipher.lastsBeyondTheProcess()) {
            verify();
        }
    }

    /** Records this node's key check value when none is, else requires it to be the recorded one. */
    void verify() {
        String mine = cipher.checkValue();
        int recorded = jdbc.update("insert into mfa_key_check (check_value, recorded_at) values (?, ?) "
                + "on conflict (id) do nothing", mine, Timestamp.from(Instant.now()));
        if (recorded == 1) {
            log.info("Recorded the key of two-factor secrets for the other nodes to check against");
            return;
        }
        String theirs = jdbc.queryForObject("select check_value from mfa_key_check", String.class);
        if (!mine.equals(theirs)) {
            throw new IllegalStateException("This node's key for two-factor secrets (MFA_ENCRYPTION_KEY, or the key "
                    + "file MFA_KEY_FILE) is not the one this database's secrets are encrypted with: give every node "
                    + "the same MFA_ENCRYPTION_KEY. After a deliberate key change, which leaves the enrolled secrets "
                    + "undecryptable, delete the row of mfa_key_check.");
        }
    }
}
