package app.communityops.api;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CommunityRestricted;
import app.communityops.shared.Roles;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated API key. Its principal is an {@link AppPrincipal} of the key's tenant with the tenant admin's
 * role, so the services, row-level security and the audit log treat it like the console; what it may reach is
 * narrowed before any service is called, by its scopes and its community. The extra {@code ROLE_API} lets a
 * service refuse keys outright (the key administration does).
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken implements CommunityRestricted {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ROLE_API = Roles.API;

    private final ApiCaller caller;
    private final AppPrincipal principal;

    ApiKeyAuthentication(ApiCaller caller) {
        super(authorities(caller));
        this.caller = caller;
        this.principal = new AppPrincipal(caller.keyId(), caller.tenantId(), null, "api-key:" + caller.name(),
                caller.name(), Roles.TENANT_ADMIN, Locale.ENGLISH);
        setAuthenticated(true);
    }

    public ApiCaller caller() {
        return caller;
    }

    /** A key restricted to a community reaches no member of another, whatever its role says. */
    @Override
    public @Nullable UUID restrictedTo() {
        return caller.communityId();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AppPrincipal getPrincipal() {
        return principal;
    }

    private static List<GrantedAuthority> authorities(ApiCaller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.TENANT_ADMIN));
        authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE_API));
        caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        return authorities;
    }
}
