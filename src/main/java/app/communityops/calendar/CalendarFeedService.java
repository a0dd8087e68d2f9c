package app.communityops.calendar;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.security.AccountRole;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The per-community iCalendar feed: staff make (and remake) its secret address; anyone holding the address reads
 * the community's coming year and past month of entries, as the community's staff would see them
 * (docs/decisions/0008-calendar-feed.md).
 *
 * <p>Not {@code @Transactional} at this level on purpose: the feed's work happens in the token's tenant, which is
 * known only after the lookup, and each step opens its own transaction once the tenant is set.
 */
@Service
public class CalendarFeedService {

    private final FeedTokens tokens;
    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final List<CalendarSource> sources;
    private final IcsWriter writer;
    private final Clock clock;
    private final AccountService accounts;

    CalendarFeedService(FeedTokens tokens, CommunityService communities, TenantDirectory tenants,
                        List<CalendarSource> sources, IcsWriter writer, Clock clock, AccountService accounts) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.communities = communities;
        this.tenants = tenants;
        this.sources = List.copyOf(sources);
        this.writer = writer;
        this.clock = clock;
    }

    /** When the community's current feed address was made; empty if it has none. */
    @PreAuthorize(Access.STAFF)
    public Optional<Instant> feedCreatedAt(UUID communityId) {
        requireVisible(communityId);
        return tokens.createdAt(communityId);
    }

    /**
     * Makes a new secret address for the community's feed and returns its token, which is not kept and cannot be
     * shown again; any previous address stops working.
     */
    @PreAuthorize(Access.STAFF)
    public String regenerate(UUID communityId) {
        requireVisible(communityId);
        AppPrincipal user = CurrentUser.require();
        String token = FeedTokens.newToken();
        tokens.replace(communityId, FeedTokens.hash(token), user.locale(), user.userId(), clock.instant());
        return token;
    }

    /** Turns the community's feed off: its address stops working. */
    @PreAuthorize(Access.STAFF)
    public void revoke(UUID communityId) {
        requireVisible(communityId);
        tokens.delete(communityId);
    }

    /**
     * The feed a token opens, as iCalendar text; empty for an unknown or replaced token, or a suspended tenant.
     * {@code baseUrl} (no trailing slash) makes the entries' links absolute. Open to anyone: the token is the
     * credential.
     */
    @PreAuthorize(Access.ANYONE)
    public Optional<String> render(String token, String baseUrl) {
        Optional<FeedTokens.Found> found = tokens.find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FeedTokens.Found feed = found.get();
        Optional<TenantSummary> tenant = tenants.find(feed.tenantId()).filter(TenantSummary::active);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return FeedPrincipal.callAs(feed.tenantId(), feed.locale(), () -> {
            Optional<CommunitySummary> community = communities.find(feed.communityId())
                    .filter(readable -> creatorMayRead(feed.createdBy(), readable));
            if (community.isEmpty()) {
                return Optional.<String>empty();
            }
            ZonedDateTime now = clock.instant().atZone(tenant.get().timeZone());
            CalendarQuery query = new CalendarQuery(Set.of(feed.communityId()), now.minusMonths(1).toInstant(),
                    now.plusMonths(12).toInstant(), Set.of(), Set.of());
            List<CalendarEntry> entries = new ArrayList<>();
            for (CalendarSource source : sources) {
                entries.addAll(source.entries(query));
            }
            return Optional.of(writer.write(community.get().name(), entries, tenant.get().timeZone(),
                    FeedPrincipal.locale(feed.locale()), baseUrl, clock.instant()));
        });
    }

    /**
     * The address works only while the staff member who made it may still read the community: disabled, demoted
     * to client or taken off the community, and it answers as an unknown address (docs/decisions/0023).
     */
    private boolean creatorMayRead(UUID creatorId, CommunitySummary community) {
        return accounts.find(List.of(creatorId)).stream().filter(AccountSummary::enabled)
                .anyMatch(creator -> creator.role() == AccountRole.TENANT_ADMIN
                        || (creator.role() == AccountRole.OPERATOR && community.operatorIds().contains(creatorId)));
    }

    private void requireVisible(UUID communityId) {
        if (communities.find(communityId).isEmpty()) {
            throw new NotFoundException();
        }
    }
}
