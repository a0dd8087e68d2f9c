package app.communityops.security;

import app.communityops.clients.ClientService;
import app.communityops.shared.Access;
import app.communityops.shared.AccessWithdrawn;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.tenancy.TenantDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a tenant: staff and client users. Tenant admins manage them; everyone manages their own
 * password and language.
 */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final LoginEmails loginEmails;
    private final PasswordEncoder passwordEncoder;
    private final TenantDirectory tenants;
    private final ClientService clients;
    private final PlatformAdminAccounts platformAdmins;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, LoginEmails loginEmails, PasswordEncoder passwordEncoder,
                   TenantDirectory tenants, ClientService clients, PlatformAdminAccounts platformAdmins,
                   SessionStore sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
        this.accounts = accounts;
        this.loginEmails = loginEmails;
        this.passwordEncoder = passwordEncoder;
        this.tenants = tenants;
        this.clients = clients;
        this.platformAdmins = platformAdmins;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(UserAccount::toSummary).toList();
    }

    /** Operators that communities can be assigned to. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<AccountSummary> operators() {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayNameAsc(AccountRole.OPERATOR).stream()
                .map(UserAccount::toSummary).toList();
    }

    /** The enabled tenant admins, by name: who work can be handed to when no operator is left for it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public List<AccountSummary> admins() {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayNameAsc(AccountRole.TENANT_ADMIN).stream()
                .map(UserAccount::toSummary).toList();
    }

    /** The enabled users of a client, the people a delivered report goes to; a job delivers without a person. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public List<AccountSummary> clientUsers(UUID clientId) {
        return accounts.findByClientIdAndEnabledTrueOrderByDisplayNameAsc(clientId).stream()
                .map(UserAccount::toSummary).toList();
    }

    /** Names of staff by id, for screens that show who is assigned. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public List<AccountSummary> find(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::toSummary).toList();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public AccountSummary create(AccountForm form, String password) {
        return createAccount(form, password);
    }

    /** The first tenant admin of a new tenant; runs inside the platform admin's explicit tenant path. */
    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public AccountSummary createFirstAdmin(String email, String displayName, String password) {
        AccountForm form = new AccountForm();
        form.setEmail(email);
        form.setDisplayName(displayName);
        form.setRole(AccountRole.TENANT_ADMIN);
        return createAccount(form, password);
    }

    /** A tenant's admins, for the platform admin resetting access; runs inside the explicit tenant path. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public List<AccountSummary> tenantAdmins() {
        requireExplicitTenant();
        return accounts.findByRoleOrderByDisplayNameAsc(AccountRole.TENANT_ADMIN).stream()
                .map(UserAccount::toSummary).toList();
    }

    /**
     * The platform admin's "reset access": a temporary password for one of the tenant's admins, returned to be
     * shown once. Other accounts stay the tenant's own business, so they answer "not found".
     */
    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public String resetTenantAdminPassword(UUID id) {
        requireExplicitTenant();
        UserAccount account = accounts.findById(id).filter(a -> a.getRole() == AccountRole.TENANT_ADMIN)
                .orElseThrow(NotFoundException::new);
        return setTemporaryPassword(account);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public AccountSummary update(UUID id, long expectedVersion, AccountForm form) {
        UserAccount account = load(id, expectedVersion);
        if (account.getId().equals(CurrentUser.require().userId()) && form.getRole() != account.getRole()) {
            throw new UserFacingException("account.error.ownRole", "role");
        }
        if (form.getRole().isStaff() && !account.getRole().isStaff() && account.isEnabled()) {
            requireFreeSeat();
        }
        if (account.getRole() == AccountRole.TENANT_ADMIN && form.getRole() != AccountRole.TENANT_ADMIN) {
            requireAnotherAdmin(account);
        }
        checkClient(form);
        boolean accessChanged = form.getRole() != account.getRole()
                || !Objects.equals(form.getClientId(), account.getClientId());
        account.setDisplayName(form.getDisplayName().strip());
        account.assign(form.getRole(), form.getClientId());
        AccountSummary saved = accounts.saveAndFlush(account).toSummary();
        if (accessChanged) {
            // A session carries the role it signed in with: it ends, and the next sign-in brings the new one.
            events.publishEvent(AccessWithdrawn.users(Set.of(id), "ACCESS_CHANGED"));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public AccountSummary setEnabled(UUID id, long expectedVersion, boolean enabled) {
        UserAccount account = load(id, expectedVersion);
        if (!enabled && account.getId().equals(CurrentUser.require().userId())) {
            throw new UserFacingException("account.error.disableSelf", null);
        }
        if (enabled && !account.isEnabled() && account.getRole().isStaff()) {
            requireFreeSeat();
        }
        if (!enabled && account.getRole() == AccountRole.TENANT_ADMIN) {
            requireAnotherAdmin(account);
        }
        account.setEnabled(enabled);
        AccountSummary saved = accounts.saveAndFlush(account).toSummary();
        if (!enabled) {
            events.publishEvent(AccessWithdrawn.users(Set.of(id), "DISABLED"));
        }
        return saved;
    }

    /** Sets a generated temporary password and returns it, to be shown to the admin once. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public String resetPassword(UUID id, long expectedVersion) {
        return setTemporaryPassword(load(id, expectedVersion));
    }

    @Transactional
    @PreAuthorize(Access.TENANT_USER)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(CurrentUser.require().userId()).orElseThrow(NotFoundException::new);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.currentWrong", "currentPassword");
        }
        PasswordPolicy.check(newPassword, account.getEmail(), "newPassword");
        account.setPasswordHash(hashOf(newPassword));
        accounts.saveAndFlush(account);
        // Whoever else holds a session of this account (a lost phone, a shared computer) is out; this one stays.
        sessions.endUser(account.getId(), "PASSWORD_CHANGED", CurrentSession.keyHash());
    }

    @Transactional
    @PreAuthorize(Access.TENANT_USER)
    public void changeOwnLanguage(Locale locale) {
        UserAccount account = accounts.findById(CurrentUser.require().userId()).orElseThrow(NotFoundException::new);
        account.setLocale(FeatureBundlesI18NProvider.supported(locale).toLanguageTag());
        accounts.saveAndFlush(account);
    }

    /** Platform admins live outside every tenant, in their own table without row-level security. */
    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public void changePlatformAdminPassword(String currentPassword, String newPassword) {
        AppPrincipal admin = CurrentUser.require();
        String hash = platformAdmins.passwordHash(admin.userId()).orElseThrow(NotFoundException::new);
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throw new UserFacingException("password.error.currentWrong", "currentPassword");
        }
        PasswordPolicy.check(newPassword, admin.email(), "newPassword");
        platformAdmins.setPasswordHash(admin.userId(), hashOf(newPassword));
        sessions.endUser(admin.userId(), "PASSWORD_CHANGED", CurrentSession.keyHash());
    }

    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public void changePlatformAdminLanguage(Locale locale) {
        platformAdmins.setLocale(CurrentUser.require().userId(),
                FeatureBundlesI18NProvider.supported(locale).toLanguageTag());
    }

    /** The encoder answers null only for a null password, and no caller passes one. */
    private String hashOf(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "a password hashes to a text");
    }

    private String setTemporaryPassword(UserAccount account) {
        String temporary = PasswordPolicy.temporary();
        account.setPasswordHash(hashOf(temporary));
        accounts.saveAndFlush(account);
        events.publishEvent(AccessWithdrawn.users(Set.of(account.getId()), "PASSWORD_RESET"));
        return temporary;
    }

    private static void requireExplicitTenant() {
        if (TenantContext.current().isEmpty()) {
            throw new IllegalStateException("Platform work on accounts must run inside PlatformAccess");
        }
    }

    private AccountSummary createAccount(AccountForm form, String password) {
        String email = LoginEmails.normalise(form.getEmail());
        PasswordPolicy.check(password, email, "password");
        if (form.getRole().isStaff()) {
            requireFreeSeat();
        }
        checkClient(form);
        loginEmails.reserve(email);
        UserAccount account = new UserAccount(email, hashOf(password), form.getDisplayName().strip(),
                form.getRole(), form.getClientId());
        return accounts.saveAndFlush(account).toSummary();
    }

    private void checkClient(AccountForm form) {
        if (form.getRole() == AccountRole.CLIENT) {
            UUID clientId = form.getClientId();
            if (clientId == null || clients.find(clientId).isEmpty()) {
                throw new UserFacingException("account.error.clientRequired", "clientId");
            }
        }
    }

    private void requireFreeSeat() {
        UUID tenantId = TenantContext.current().orElseThrow();
        int seats = tenants.require(tenantId).limits().maxStaffSeats();
        if (accounts.countActiveStaff() >= seats) {
            throw new UserFacingException("plan.error.staffSeats", "role", seats);
        }
    }

    private void requireAnotherAdmin(UserAccount account) {
        Predicate<UserAccount> enabledAdmin = a -> a.isEnabled() && a.getRole() == AccountRole.TENANT_ADMIN;
        if (enabledAdmin.test(account) && accounts.countActiveTenantAdmins() <= 1) {
            throw new UserFacingException("account.error.lastAdmin", "role");
        }
    }

    private UserAccount load(UUID id, long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow(NotFoundException::new);
        Long version = account.getVersion();
        if (version == null || version != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return account;
    }

    static @Nullable Locale parseLocale(@Nullable String tag) {
        return tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag);
    }

    static AppPrincipal principalOf(UserAccount account) {
        return new AppPrincipal(account.getId(), account.getTenantId(), account.getClientId(), account.getEmail(),
                account.getDisplayName(), account.getRole().role(), parseLocale(account.getLocale()));
    }
}
