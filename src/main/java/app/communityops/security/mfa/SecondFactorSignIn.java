package app.communityops.security.mfa;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.Roles;
import app.communityops.shared.TenantContext;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor as sign-in sees it, before anyone is fully signed in: whether a user needs one, and checking
 * a code. Every question runs in a transaction of its own in the user's tenant (or none, for platform admins).
 */
@Component
public class SecondFactorSignIn {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorSignIn.class);

    /** What the code step answers. */
    public enum Result {
        ACCEPTED, RECOVERY_CODE_USED, WRONG, REPLAYED, THROTTLED, NOT_ENROLLED;

        public boolean accepted() {
            return this == ACCEPTED || this == RECOVERY_CODE_USED;
        }
    }

    private final SecondFactorStore store;
    private final SecretCipher cipher;
    private final CodeThrottle throttle;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SecondFactorSignIn(SecondFactorStore store, SecretCipher cipher, CodeThrottle throttle, AuditLog auditLog,
                       JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Has an authenticator app set up. */
    public boolean enrolled(AppPrincipal user) {
        return inAccount(user, () -> store.find(AccountRef.of(user)).map(SecondFactorStore.Stored::enabled)
                .orElse(false));
    }

    /** Must sign in with a second factor: platform admins always, others when their tenant's policy says so. */
    public boolean required(AppPrincipal user) {
        UUID tenantId = user.tenantId();
        if (tenantId == null || user.hasRole(Roles.PLATFORM_ADMIN)) {
            return true;
        }
        return inAccount(user, () -> jdbc.query("select mfa_required_staff, mfa_required_clients from tenant where id = ?",
                (rs, row) -> user.hasRole(Roles.CLIENT) ? rs.getBoolean(2) : rs.getBoolean(1), tenantId)
                .stream().findFirst().orElse(false));
    }

    /** The password step's question: does this sign-in need a second step? */
    boolean needsSecondFactor(AppPrincipal user) {
        return required(user) || enrolled(user);
    }

    /** Checks an authenticator code or a recovery code of this user, throttled, and audited when it goes wrong. */
    public Result verify(AppPrincipal user, String input) {
        AccountRef account = AccountRef.of(user);
        if (!throttle.tryAcquire(user.userId())) {
            record(user, "codeThrottled", null);
            return Result.THROTTLED;
        }
        Result result = inAccount(user, () -> check(account, input.strip()));
        if (result.accepted()) {
            throttle.succeeded(user.userId());
        }
        switch (result) {
            case WRONG -> record(user, "wrongCode", null);
            case REPLAYED -> record(user, "replayedCode", null);
            case RECOVERY_CODE_USED -> record(user, "recoveryCodeUsed",
                    inAccount(user, () -> store.find(account).map(SecondFactorStore.Stored::recoveryCodesLeft)
                            .orElse(0)));
            default -> { }
        }
        return result;
    }

    private Result check(AccountRef account, String input) {
        SecondFactorStore.Stored stored = store.find(account).orElse(null);
        if (stored == null || !stored.enabled() || stored.secret() == null) {
            return Result.NOT_ENROLLED;
        }
        if (RecoveryCodes.looksLikeOne(input)) {
            return store.useRecoveryCode(account, RecoveryCodes.hash(input)) ? Result.RECOVERY_CODE_USED
                    : Result.WRONG;
        }
        byte[] secret = cipher.decrypt(stored.secret(), account.userId().toString());
        OptionalLong step = Totp.matchingStep(secret, input, clock.instant());
        if (step.isEmpty()) {
            return Result.WRONG;
        }
        return store.claimStep(account, step.getAsLong()) ? Result.ACCEPTED : Result.REPLAYED;
    }

    private void record(AppPrincipal user, String event, @Nullable Integer recoveryCodesLeft) {
        UUID tenantId = user.tenantId();
        if (tenantId == null) {
            log.warn("Sign-in code step of platform admin {}: {}", user.email(), event);
            return;
        }
        Map<String, Object> details = recoveryCodesLeft == null ? Map.of("signIn", event)
                : Map.of("signIn", event, "recoveryCodesLeft", recoveryCodesLeft);
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> auditLog.recordFor(user,
                AuditAction.ACCESS, "UserAccount", user.userId().toString(), details)));
    }

    private <T> T inAccount(AppPrincipal user, Supplier<T> work) {
        UUID tenantId = user.tenantId();
        if (tenantId == null) {
            return transactions.execute(status -> work.get());
        }
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }
}
