package app.communityops.members;

import app.communityops.clients.ClientService;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who receives which member fields, decided here and nowhere else (decision 0021). The services that hand out
 * member records (the members grid and side panel, exports, attendance lists, the API) ask this policy for the
 * signed-in user and the community and strip what it refuses before a row leaves them, so a screen never holds a
 * field its user may not read.
 *
 * <ul>
 *   <li>Tenant admins, operators (in the communities the services already let them read), API keys (which act as a
 *       tenant admin) and scheduled work: {@link MemberFields#ALL}.</li>
 *   <li>Client users: {@link MemberFields#NONE}, unless a tenant admin granted their client contact access and the
 *       community is that client's: then {@link MemberFields#CONTACT}. Per-member money never.</li>
 *   <li>Anyone else (no user, a role this policy does not know): {@link MemberFields#NONE}.</li>
 * </ul>
 * The caller has already checked that the user may read the community at all; this policy only narrows.
 */
@Component
public class MemberFieldPolicy {

    private static final Set<String> STAFF = Set.of(Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.SCHEDULED_JOB);

    private final CommunityService communities;
    private final ClientService clients;

    MemberFieldPolicy(CommunityService communities, ClientService clients) {
        this.communities = communities;
        this.clients = clients;
    }

    /** The fields the signed-in user may receive about members of {@code communityId}. */
    public MemberFields forCommunity(UUID communityId) {
        Optional<AppPrincipal> user = CurrentUser.get();
        if (user.isEmpty()) {
            return MemberFields.NONE;
        }
        String role = user.get().role();
        if (STAFF.contains(role)) {
            return MemberFields.ALL;
        }
        if (!Roles.CLIENT.equals(role) || user.get().clientId() == null) {
            return MemberFields.NONE;
        }
        UUID client = user.get().clientId();
        boolean own = communities.find(communityId).map(CommunitySummary::clientId).filter(client::equals)
                .isPresent();
        return own && clients.contactAccess(client) ? MemberFields.CONTACT : MemberFields.NONE;
    }

    /** Whether the signed-in user is one of the agency's staff (or scheduled work): every field, everywhere. */
    public boolean staff() {
        return CurrentUser.get().map(user -> STAFF.contains(user.role())).orElse(false);
    }
}
