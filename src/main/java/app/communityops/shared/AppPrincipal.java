package app.communityops.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in user as the rest of the application sees it. Immutable and free of the password:
 * it lives in the HTTP session for as long as the user stays signed in.
 *
 * @param userId      the account id
 * @param tenantId    the tenant the user belongs to; empty for platform admins
 * @param clientId    for client users, the client whose communities they may read
 * @param role        one of {@link Roles}
 * @param locale      the language the user chose, if any
 */
public record AppPrincipal(UUID userId, @Nullable UUID tenantId, @Nullable UUID clientId, String email,
                           String displayName, String role, @Nullable Locale locale) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Optional<UUID> tenant() {
        return Optional.ofNullable(tenantId);
    }

    public Optional<UUID> client() {
        return Optional.ofNullable(clientId);
    }

    public boolean hasRole(String candidate) {
        return role.equals(candidate);
    }

    public Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    public AppPrincipal withLocale(@Nullable Locale newLocale) {
        return new AppPrincipal(userId, tenantId, clientId, email, displayName, role, newLocale);
    }

    public AppPrincipal withDisplayName(String newName) {
        return new AppPrincipal(userId, tenantId, clientId, email, newName, role, locale);
    }
}
