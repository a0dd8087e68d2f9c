package app.communityops.shared;

import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller while a join page files an application: no person and no account, one tenant and one community. It
 * carries {@link Roles#PUBLIC_APPLICANT} only, so every service that does not name that role refuses it; the few
 * that do (filing an application and what that call needs) see it restricted to its community. It is not an
 * {@link AppPrincipal}: nothing of it is written as the actor of a change, and {@link CurrentUser} finds nobody.
 */
public final class PublicApplicant extends AbstractAuthenticationToken implements CommunityRestricted {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID tenantId;
    private final UUID communityId;

    private PublicApplicant(UUID tenantId, UUID communityId) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PUBLIC_APPLICANT)));
        this.tenantId = tenantId;
        this.communityId = communityId;
        setAuthenticated(true);
    }

    /** Runs the work as the applicant of one community of a tenant; the caller's own sign-in is put back after. */
    public static <T> T callAs(UUID tenantId, UUID communityId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext applicant = SecurityContextHolder.createEmptyContext();
        applicant.setAuthentication(new PublicApplicant(tenantId, communityId));
        SecurityContextHolder.setContext(applicant);
        try {
            return TenantContext.callAs(tenantId, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The community of the current caller when it is a public applicant. */
    public static Optional<UUID> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof PublicApplicant applicant ? Optional.of(applicant.communityId)
                : Optional.empty();
    }

    @Override
    public UUID restrictedTo() {
        return communityId;
    }

    public UUID tenantId() {
        return tenantId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "public-applicant";
    }
}
