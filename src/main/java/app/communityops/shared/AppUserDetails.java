package app.communityops.shared;

import java.io.Serial;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of an account during sign-in; after authentication the password hash is erased and
 * only the {@link AppPrincipal} matters.
 */
public final class AppUserDetails implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppPrincipal principal;
    private @Nullable String passwordHash;
    private final boolean enabled;

    public AppUserDetails(AppPrincipal principal, String passwordHash, boolean enabled) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public AppPrincipal principal() {
        return principal;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return principal.authorities();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserDetails that && principal.userId().equals(that.principal.userId());
    }

    @Override
    public int hashCode() {
        return principal.userId().hashCode();
    }
}
