package app.communityops.community.ui;

import app.communityops.clients.ClientService;
import app.communityops.clients.ClientSummary;
import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The client and operator names a community screen shows. Client users may read only their own client, so for
 * them the client list is never asked for.
 */
record CommunityNames(Map<UUID, String> clients, Map<UUID, String> people) {

    static CommunityNames load(Collection<CommunitySummary> communities, ClientService clientService,
                               AccountService accountService) {
        AppPrincipal user = CurrentUser.require();
        Map<UUID, String> clients = user.hasRole(Roles.CLIENT)
                ? user.client().flatMap(clientService::find).map(c -> Map.of(c.id(), c.name())).orElse(Map.of())
                : clientService.list().stream().collect(Collectors.toMap(ClientSummary::id, ClientSummary::name));
        Set<UUID> operatorIds = communities.stream().flatMap(c -> c.operatorIds().stream())
                .collect(Collectors.toSet());
        Map<UUID, String> people = operatorIds.isEmpty() ? Map.of() : accountService.find(operatorIds).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return new CommunityNames(clients, people);
    }

    String client(UUID id) {
        return clients.getOrDefault(id, "");
    }

    /** Assigned operators by name, sorted; ids without a readable account are left out. */
    String operators(Set<UUID> ids) {
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull).sorted()
                .collect(Collectors.joining(", "));
    }
}
