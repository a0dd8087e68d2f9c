package app.communityops.security;

import app.communityops.audit.AuditLog;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed-in sessions as people manage them (docs/decisions/0023-signed-in-sessions.md): everyone sees and ends
 * their own, a tenant admin signs one of the tenant's users out everywhere, the platform admin a whole tenant.
 * What a tenant's people do here is written to the tenant's audit log.
 */
@Service
public class SignedInSessions {

    private final SessionStore store;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;

    SignedInSessions(SessionStore store, UserAccountRepository accounts, AuditLog auditLog) {
        this.store = store;
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    /** The signed-in user's open sessions, this one marked, most recently active first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public List<SessionSummary> mine() {
        byte[] current = CurrentSession.keyHash();
        return store.open(CurrentUser.require().userId()).stream()
                .map(row -> new SessionSummary(row.id(), row.createdAt(), row.lastSeenAt(), row.clientAddress(),
                        row.userAgent(), current != null && MessageDigest.isEqual(current, row.keyHash())))
                .toList();
    }

    /** Ends one of the user's other sessions; that browser is at the sign-in page at its next step. */
    @Transactional
    @PreAuthorize(Access.SIGNED_IN)
    public void endMine(UUID sessionId) {
        AppPrincipal user = CurrentUser.require();
        boolean isCurrent = mine().stream().anyMatch(session -> session.current() && session.id().equals(sessionId));
        if (isCurrent || store.endOne(user.userId(), sessionId, "ENDED_BY_USER") == 0) {
            throw new NotFoundException();
        }
        if (TenantContext.current().isPresent()) {
            auditLog.recordAccess("UserSession", sessionId.toString(), Map.of("action", "endOwnSession"));
        }
    }

    /** Open sessions per user of the tenant, for the people screen. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public Map<UUID, Integer> openCounts() {
        return store.openCounts();
    }

    /** Signs one of the tenant's users out of every session; returns how many ended. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public int signOutEverywhere(UUID userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(NotFoundException::new);
        int ended = store.endUser(account.getId(), "SIGNED_OUT_BY_ADMIN", null);
        auditLog.recordAccess("UserAccount", userId.toString(), Map.of("action", "signOutEverywhere",
                "sessions", ended));
        return ended;
    }

    /**
     * Signs every user of the tenant out; the platform admin's, run inside {@code PlatformAccess} for that tenant,
     * which writes the tenant's audit entry.
     */
    @Transactional
    @PreAuthorize(Access.PLATFORM_ADMIN)
    public int signOutTenant(UUID tenantId) {
        if (!Objects.equals(TenantContext.current().orElse(null), tenantId)) {
            throw new IllegalStateException("Signing a tenant out must run inside PlatformAccess for that tenant");
        }
        int ended = store.endTenant(tenantId, "SIGNED_OUT_BY_PLATFORM");
        auditLog.recordAccess("Tenant", tenantId.toString(), Map.of("action", "signOutEveryone", "sessions", ended));
        return ended;
    }
}
