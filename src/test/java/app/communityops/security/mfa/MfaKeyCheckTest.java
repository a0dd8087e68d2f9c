package app.communityops.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.communityops.testing.IntegrationTest;
import java.util.Base64;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Nodes with different keys for second-factor secrets: the second one refuses to start and says why. */
@IntegrationTest
class MfaKeyCheckTest {

    private static final String FIRST_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Autowired
    JdbcTemplate jdbc;
    /** Migrates as the schema owner, who may delete the row the application role may only write once. */
    @Autowired
    SpringLiquibase liquibase;

    @BeforeEach
    @AfterEach
    void forgetTheRecordedKey() {
        new JdbcTemplate(liquibase.getDataSource()).update("delete from mfa_key_check");
    }

    @Test
    void theFirstNodeRecordsItsKeyAndTheSameKeyStartsAgain() {
        check(FIRST_KEY).verify();

        assertThatNoException().isThrownBy(() -> check(FIRST_KEY).verify());
        assertThat(jdbc.queryForObject("select check_value from mfa_key_check", String.class))
                .isEqualTo(new SecretCipher(FIRST_KEY, "").checkValue())
                .doesNotContain(FIRST_KEY);
    }

    @Test
    void aNodeWithAnotherKeyRefusesToStartAndNamesTheSetting() {
        check(FIRST_KEY).verify();

        assertThatThrownBy(() -> check(OTHER_KEY).verify())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MFA_ENCRYPTION_KEY");
    }

    @Test
    void aKeyThatLivesOnlyAsLongAsTheProcessIsNotRecorded() throws Exception {
        new MfaKeyCheck(new SecretCipher("", ""), jdbc).run(null);

        assertThat(jdbc.queryForObject("select count(*) from mfa_key_check", Integer.class)).isZero();
    }

    private MfaKeyCheck check(String key) {
        return new MfaKeyCheck(new SecretCipher(key, ""), jdbc);
    }
}
