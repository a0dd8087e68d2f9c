package app.communityops.security;

import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The first platform admin of an installation without one, from configuration ({@code BOOTSTRAP_ADMIN_EMAIL} and
 * {@code BOOTSTRAP_ADMIN_PASSWORD}): the password is for one sign-in only, after which the admin must set their own
 * before anything else. Nothing else is created. Without that configuration the log says what to set. Runs after
 * the demo data (which brings its own platform admin), so a demo start is left as it is. ADR 0026.
 */
@Component
@Order(1)
class BootstrapAdmin implements ApplicationRunner {

    enum Outcome { EXISTS, CREATED, NOT_CONFIGURED }

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwordEncoder;
    private final LoginEmails loginEmails;
    private final Clock clock;
    private final String email;
    private final String password;

    BootstrapAdmin(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder,
                   LoginEmails loginEmails, Clock clock,
                   @Value("${communityops.bootstrap-admin.email:}") String email,
                   @Value("${communityops.bootstrap-admin.password:}") String password) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.loginEmails = loginEmails;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    Outcome ensure() {
        Integer admins = jdbc.queryForObject("select count(*) from platform_admin", Integer.class);
        if (admins != null && admins > 0) {
            return Outcome.EXISTS;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            log.warn("""
                    No platform admin exists yet, and none is configured. Set BOOTSTRAP_ADMIN_EMAIL (the admin's \
                    sign-in email) and BOOTSTRAP_ADMIN_PASSWORD (a one-time password of at least {} characters, to be \
                    changed at the first sign-in) and start again. To try the product with demo tenants instead, \
                    start with DEMO_DATA=true.""", PasswordPolicy.MIN_LENGTH);
            return Outcome.NOT_CONFIGURED;
        }
        String address = LoginEmails.normalise(email);
        int length = password.codePointCount(0, password.length());
        if (length < PasswordPolicy.MIN_LENGTH || length > PasswordPolicy.MAX_LENGTH || password.equalsIgnoreCase(address)) {
            throw new IllegalStateException("BOOTSTRAP_ADMIN_PASSWORD must have " + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters and differ from the email; no platform admin was created");
        }
        transactions.executeWithoutResult(status -> {
            loginEmails.reserve(address);
            jdbc.update("""
                    insert into platform_admin (id, email, password_hash, display_name, enabled, must_change_password,
                                                created_at, version)
                    values (?, ?, ?, ?, true, true, ?, 0)""", Uuids.v7(), address, passwordEncoder.encode(password),
                    "Platform admin", Timestamp.from(clock.instant()));
        });
        log.info("Created the platform admin {} from BOOTSTRAP_ADMIN_EMAIL; the one-time password must be changed at "
                + "the first sign-in. BOOTSTRAP_ADMIN_PASSWORD is no longer needed.", address);
        return Outcome.CREATED;
    }
}
