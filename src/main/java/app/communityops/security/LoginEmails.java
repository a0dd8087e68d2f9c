package app.communityops.security;

import app.communityops.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reserves each sign-in email once across the installation, since sign-in starts from the email alone.
 * Reservation joins the caller's transaction, so a failed account creation releases the email again.
 */
@Component
class LoginEmails {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginEmails(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void reserve(String email) {
        try {
            jdbc.update("insert into login_email (email, created_at) values (?, ?)", normalise(email),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("account.error.emailTaken", "email");
        }
    }
}
