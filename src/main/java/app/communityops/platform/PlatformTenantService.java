package app.communityops.platform;

import app.communityops.shared.Access;
import app.communityops.security.AccountService;
import app.communityops.security.SecondFactorResets;
import app.communityops.security.AccountSummary;
import app.communityops.security.SignedInSessions;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.PlatformAccess;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantService;
import app.communityops.tenancy.TenantSummary;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * The platform admin's work that spans a tenant and its accounts. Every method acts inside one tenant through
 * {@link PlatformAccess}, which leaves an entry in that tenant's audit log.
 *
 * <p>Deliberately not {@code @Transactional}: {@link PlatformAccess} opens the transaction itself once the tenant
 * is set; an outer transaction would already have begun without a tenant, for Hibernate and row-level security
 * alike.
 */
@Service
@Validated
@PreAuthorize(Access.PLATFORM_ADMIN)
public class PlatformTenantService {

    private final PlatformAccess platformAccess;
    private final TenantService tenantService;
    private final TenantDirectory tenantDirectory;
    private final AccountService accountService;
    private final SignedInSessions sessions;
    private final SecondFactorResets secondFactorResets;

    PlatformTenantService(PlatformAccess platformAccess, TenantService tenantService, TenantDirectory tenantDirectory,
                          AccountService accountService, SignedInSessions sessions,
                          SecondFactorResets secondFactorResets) {
        this.sessions = sessions;
        this.secondFactorResets = secondFactorResets;
        this.platformAccess = platformAccess;
        this.tenantService = tenantService;
        this.tenantDirectory = tenantDirectory;
        this.accountService = accountService;
    }

    /**
     * Creates the tenant and its first tenant admin in one transaction: if the admin cannot be created (the email
     * is taken, the password too weak) no tenant is left behind either.
     */
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public TenantSummary createTenant(@Valid NewTenantForm form) {
        UUID id = Uuids.v7();
        return platformAccess.inTenant(id, "tenant.create", () -> {
            TenantSummary tenant = tenantService.create(id, form.getName(), form.toLimits());
            accountService.createFirstAdmin(form.getAdminEmail(), form.getAdminDisplayName(), form.getAdminPassword());
            return tenant;
        });
    }

    /** The tenant's admins, the only accounts a platform admin may see: whose access to reset. */
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public List<AccountSummary> tenantAdmins(UUID tenantId) {
        requireTenant(tenantId);
        return platformAccess.inTenant(tenantId, "tenant.admins", accountService::tenantAdmins);
    }

    /** Gives a tenant admin a generated temporary password, returned to be shown once. */
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public String resetAdminPassword(UUID tenantId, UUID userId) {
        requireTenant(tenantId);
        return platformAccess.inTenant(tenantId, "tenant.resetAdminPassword",
                () -> accountService.resetTenantAdminPassword(userId));
    }

    /** Signs every user of the tenant out of every session; returns how many ended. */
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public int signOutEveryone(UUID tenantId) {
        requireTenant(tenantId);
        return platformAccess.inTenant(tenantId, "tenant.signOutEveryone", () -> sessions.signOutTenant(tenantId));
    }

    /** Turns off a tenant admin's second factor (a lost phone); they set it up again at their next sign-in. */
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public void resetAdminSecondFactor(UUID tenantId, UUID userId) {
        requireTenant(tenantId);
        platformAccess.inTenant(tenantId, "tenant.resetAdminSecondFactor", () -> {
            secondFactorResets.resetTenantAdmin(userId);
            return null;
        });
    }

    private void requireTenant(UUID tenantId) {
        if (tenantDirectory.find(tenantId).isEmpty()) {
            throw new NotFoundException();
        }
    }
}
