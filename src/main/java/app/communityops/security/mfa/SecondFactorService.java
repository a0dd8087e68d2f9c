package app.communityops.security.mfa;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.QrCodes;
import app.communityops.shared.Roles;
import app.communityops.shared.SignInFactors;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-factor sign-in for the people who sign in: setting up an authenticator app (also during a sign-in that
 * requires one), recovery codes, switching it off, the tenant's policy, and resets by an admin. Changes to a tenant
 * account are written to the tenant's audit log.
 */
@Service
public class SecondFactorService {

    private static final String ISSUER = "CommunityOps";

    private final SecondFactorStore store;
    private final SecondFactorSignIn signIn;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SecondFactorService(SecondFactorStore store, SecondFactorSignIn signIn, SecretCipher cipher, AuditLog auditLog,
                        JdbcTemplate jdbc, PasswordEncoder passwordEncoder,
                        PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.signIn = signIn;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The signed-in user's own state; also during a sign-in that waits for enrolment. */
    @PreAuthorize(Access.PASSWORD_CHECKED)
    public SecondFactorStatus status() {
        AppPrincipal user = me();
        SecondFactorStore.Stored stored = inAccount(user, () -> store.find(AccountRef.of(user)))
                .orElseThrow(NotFoundException::new);
        return new SecondFactorStatus(stored.enabled(), stored.recoveryCodesLeft(), signIn.required(user));
    }

    /** A new secret to show as a QR code and as text. Nothing is stored until {@link #confirm} gets a code of it. */
    @PreAuthorize(Access.PASSWORD_CHECKED)
    public Enrolment start() {
        AppPrincipal user = me();
        String secret = Base32.encode(Totp.newSecret());
        String label = URLEncoder.encode(ISSUER + ":" + user.email(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri, QrCodes.svg(uri, ErrorCorrectionLevel.M));
    }

    /**
     * Switches the second factor on once the app shows a right code for the new secret; answers the recovery codes,
     * to be shown once. The code's time step counts as used, so the same code cannot sign in again.
     */
    @PreAuthorize(Access.PASSWORD_CHECKED)
    public List<String> confirm(String secret, String code) {
        AppPrincipal user = me();
        byte[] plain = Base32.decode(secret);
        OptionalLong step = Totp.matchingStep(plain, code, clock.instant());
        if (step.isEmpty()) {
            throw new UserFacingException("mfa.error.wrongCode", "code");
        }
        List<String> codes = RecoveryCodes.generate();
        AccountRef account = AccountRef.of(user);
        inAccount(user, () -> {
            if (store.find(account).map(SecondFactorStore.Stored::enabled).orElse(false)) {
                throw new UserFacingException("mfa.error.alreadyOn", null);
            }
            store.enable(account, cipher.encrypt(plain, user.userId().toString()),
                    codes.stream().map(RecoveryCodes::hash).toList(), clock.instant());
            store.claimStep(account, step.getAsLong());
            audit(user, user.userId(), "enabled");
            return null;
        });
        return codes;
    }

    /** New recovery codes (the old ones stop working), after a current authenticator code. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<String> regenerateRecoveryCodes(String code) {
        AppPrincipal user = me();
        requireCode(user, code);
        List<String> codes = RecoveryCodes.generate();
        inAccount(user, () -> {
            store.replaceRecoveryCodes(AccountRef.of(user), codes.stream().map(RecoveryCodes::hash).toList());
            audit(user, user.userId(), "recoveryCodesRenewed");
            return null;
        });
        return codes;
    }

    /** Switches one's own second factor off, with the password or a current code; not where it is required. */
    @PreAuthorize(Access.SIGNED_IN)
    public void disable(String passwordOrCode) {
        AppPrincipal user = me();
        if (signIn.required(user)) {
            throw new UserFacingException("mfa.error.required", null);
        }
        String input = passwordOrCode.strip();
        if (input.matches("\\d{6}")) {
            requireCode(user, input);
        } else {
            String hash = inAccount(user, () -> jdbc.queryForObject("select password_hash from "
                    + (user.tenantId() == null ? "platform_admin" : "user_account") + " where id = ?", String.class,
                    user.userId()));
            if (hash == null || !passwordEncoder.matches(input, hash)) {
                throw new UserFacingException("mfa.error.wrongPasswordOrCode", "passwordOrCode");
            }
        }
        inAccount(user, () -> {
            store.clear(AccountRef.of(user));
            audit(user, user.userId(), "disabled");
            return null;
        });
    }

    /** The tenant's rule: who must use a second factor. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public SecondFactorPolicy policy() {
        UUID tenantId = TenantContext.current().orElseThrow();
        return jdbc.queryForObject("select mfa_required_staff, mfa_required_clients from tenant where id = ?",
                (rs, row) -> new SecondFactorPolicy(rs.getBoolean(1), rs.getBoolean(2)), tenantId);
    }

    /** Changes the rule; it applies from each person's next sign-in. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public SecondFactorPolicy changePolicy(SecondFactorPolicy policy) {
        UUID tenantId = TenantContext.current().orElseThrow();
        SecondFactorPolicy before = policy();
        jdbc.update("update tenant set mfa_required_staff = ?, mfa_required_clients = ? where id = ?",
                policy.staff(), policy.clients(), tenantId);
        auditLog.recordFor(me(), AuditAction.UPDATE, "Tenant", tenantId.toString(), Map.of(
                "twoFactorRequiredForStaff", List.of(before.staff(), policy.staff()),
                "twoFactorRequiredForClients", List.of(before.clients(), policy.clients())));
        return policy;
    }

    /** The tenant's people who have a second factor on, for the people screen. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public Set<UUID> enrolledPeople() {
        return jdbc.queryForList("select id from user_account where totp_enabled_at is not null", UUID.class).stream()
                .collect(Collectors.toSet());
    }

    /** A tenant admin's reset: the person sets the app up again at their next sign-in (if the policy requires it). */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void reset(UUID userId) {
        resetAccount(userId);
    }

    /**
     * The platform admin's reset of one of a tenant's admins; runs inside {@code PlatformAccess}, which names the
     * tenant and leaves its own entry in the tenant's log. Other people of the tenant answer "not found".
     */
    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public void resetTenantAdmin(UUID userId) {
        if (TenantContext.current().isEmpty()) {
            throw new IllegalStateException("Platform work on accounts must run inside PlatformAccess");
        }
        List<String> role = NotNull.column(
                jdbc.queryForList("select role from user_account where id = ?", String.class, userId));
        if (!role.equals(List.of(Roles.TENANT_ADMIN))) {
            throw new NotFoundException();
        }
        resetAccount(userId);
    }

    private void resetAccount(UUID userId) {
        List<UUID> found = NotNull.column(
                jdbc.queryForList("select id from user_account where id = ?", UUID.class, userId));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        if (!store.clear(new AccountRef(userId, TenantContext.current().orElseThrow()))) {
            throw new UserFacingException("mfa.error.notOn", null);
        }
        audit(me(), userId, "reset");
    }

    private void requireCode(AppPrincipal user, String code) {
        SecondFactorSignIn.Result result = signIn.verify(user, code);
        if (result == SecondFactorSignIn.Result.THROTTLED) {
            throw new UserFacingException("mfa.error.throttled", "code");
        }
        if (!result.accepted()) {
            throw new UserFacingException("mfa.error.wrongCode", "code");
        }
    }

    private void audit(AppPrincipal actor, UUID account, String change) {
        if (TenantContext.current().isPresent()) {
            auditLog.recordFor(actor, AuditAction.UPDATE, "UserAccount", account.toString(),
                    Map.of("twoFactor", change));
        }
    }

    /** Whoever passed the password: the signed-in user, or the one whose sign-in waits for this step. */
    private static AppPrincipal me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserDetails details
                && SignInFactors.has(authentication, SignInFactors.PASSWORD)) {
            return details.principal();
        }
        return CurrentUser.require();
    }

    private <T> T inAccount(AppPrincipal user, Supplier<T> work) {
        UUID tenantId = user.tenantId();
        if (TenantContext.current().isPresent() && tenantId != null
                && TenantContext.current().get().equals(tenantId)) {
            return transactions.execute(status -> work.get());
        }
        return tenantId == null ? transactions.execute(status -> work.get())
                : TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }
}
