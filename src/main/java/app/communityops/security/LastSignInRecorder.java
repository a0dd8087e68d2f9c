package app.communityops.security;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import app.communityops.shared.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notes when a tenant user last signed in, for the people screen. A plain column update: it neither bumps the
 * account's version (an admin editing that account meanwhile must not get a concurrent-edit refusal) nor fills
 * the audit log with every sign-in.
 */
@Component
class LastSignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(LastSignInRecorder.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LastSignInRecorder(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AppUserDetails details)) {
            return;
        }
        AppPrincipal user = details.principal();
        UUID tenantId = user.tenantId();
        if (tenantId == null) {
            return;
        }
        try {
            TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> jdbc.update(
                    "update user_account set last_login_at = ? where id = ?",
                    Timestamp.from(clock.instant()), user.userId())));
        } catch (DataAccessException | TransactionException e) {
            // Bookkeeping only: a sign-in that passed every check must not fail because of it.
            log.warn("Could not record the sign-in of user {}", user.userId(), e);
        }
    }
}
