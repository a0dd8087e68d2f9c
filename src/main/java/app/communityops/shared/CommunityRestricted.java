package app.communityops.shared;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An authentication that, whatever its role, reaches one community only (an API key restricted to a community).
 * Services that decide what a caller may reach beyond the community named in the request ask here.
 */
public interface CommunityRestricted {

    /** The one community this caller may reach, or null when it is not restricted. */
    @Nullable UUID restrictedTo();

    /** The current caller's restriction, if it has one. */
    static Optional<UUID> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CommunityRestricted restricted
                ? Optional.ofNullable(restricted.restrictedTo()) : Optional.empty();
    }
}
