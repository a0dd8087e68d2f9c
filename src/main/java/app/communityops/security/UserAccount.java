package app.communityops.security;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who signs in to a tenant: staff (tenant admin, operator) or a client user. */
@Entity
@Table(name = "user_account")
@Audited(masked = "passwordHash")
class UserAccount extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String email = "";

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Column(name = "display_name", nullable = false)
    private String displayName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountRole role = AccountRole.OPERATOR;

    @Column(name = "client_id")
    private @Nullable UUID clientId;

    @Column(nullable = false)
    private boolean enabled = true;

    private @Nullable String locale;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    protected UserAccount() {
    }

    UserAccount(String email, String passwordHash, String displayName, AccountRole role, @Nullable UUID clientId) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        assign(role, clientId);
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    AccountRole getRole() {
        return role;
    }

    @Nullable UUID getClientId() {
        return clientId;
    }

    /** A client user always belongs to a client; staff never do. */
    void assign(AccountRole newRole, @Nullable UUID newClientId) {
        this.role = newRole;
        this.clientId = newRole == AccountRole.CLIENT ? newClientId : null;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Nullable String getLocale() {
        return locale;
    }

    void setLocale(@Nullable String locale) {
        this.locale = locale;
    }

    @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    AccountSummary toSummary() {
        return new AccountSummary(getId(), email, displayName, role, clientId, enabled, lastLoginAt,
                getVersion() == null ? 0 : getVersion());
    }
}
