package app.communityops.members;

import app.communityops.community.CommunityService;
import app.communityops.shared.Access;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * Reads the members' health as the daily recompute left it (decision 0047): one membership's score, segment, factors
 * and trend; a community's moves between segments month by month; and its At-risk list. The community must be one
 * the user may read (another answers "not found"), and what leaves here is stripped to the member fields the user
 * may read ({@link MemberFieldPolicy}): the handle only with contact access, and the purchases factor (what one
 * member buys) only for staff.
 */
@Service
@PreAuthorize(Access.READERS)
public class MemberHealthService {

    /** The most months of flows one read returns. */
    public static final int MAX_MONTHS = 24;
    public static final int MAX_PAGE = 200;

    private final MemberHealthQueries queries;
    private final CommunityService access;
    private final MemberFieldPolicy policy;
    private final TenantZone zones;
    private final Clock clock;
    private final HealthReadCache cache;

    MemberHealthService(MemberHealthQueries queries, CommunityService access, MemberFieldPolicy policy,
                        TenantZone zones, Clock clock, HealthReadCache cache) {
        this.cache = cache;
        this.queries = queries;
        this.access = access;
        this.policy = policy;
        this.zones = zones;
        this.clock = clock;
    }

    /** The membership's health; empty while it has no score yet. Another community's membership is "not found". */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<MemberHealth> health(UUID membershipId) {
        UUID community = queries.communityOf(membershipId).orElseThrow(NotFoundException::new);
        access.readable(community);
        MemberFields fields = policy.forCommunity(community);
        return queries.health(membershipId).map(health -> new MemberHealth(health.membershipId(),
                health.communityId(), health.memberId(), health.score(), health.segment(), health.segmentSince(),
                visible(health.factors(), fields), health.trend(), health.computedAt()));
    }

    /**
     * The moves between segments in each of the last {@code months} months, the running one last: closed months as
     * the recompute kept them when they ended, the running month from each member's segment at its start and now.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public HealthFlows flows(UUID communityId, int months) {
        access.readable(communityId);
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS);
        }
        YearMonth running = YearMonth.from(LocalDate.now(clock.withZone(zones.current())));
        YearMonth first = running.minusMonths(months - 1L);
        List<YearMonth> shown = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(running); month = month.plusMonths(1)) {
            shown.add(month);
        }
        Instant asOf = queries.asOf(communityId).orElse(null);
        if (asOf == null) {
            // Not scored yet: nothing to keep, and whether anyone joined may change at any moment.
            return new HealthFlows(shown, List.of(), null, queries.hasJoinedMembers(communityId));
        }
        List<HealthFlow> flows = cache.flows(key(communityId, running, asOf, "flows"), () -> {
            List<HealthFlow> read = new ArrayList<>(queries.closedFlows(communityId, running.minusMonths(MAX_MONTHS - 1L),
                    running));
            read.addAll(queries.runningFlows(communityId, running));
            return read;
        });
        return new HealthFlows(shown, flows.stream().filter(flow -> !flow.month().isBefore(first)).toList(), asOf,
                true);
    }

    /** A page of the community's members at risk or slipping, the lowest score first, with the list's size. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public AtRiskPage atRisk(UUID communityId, int offset, int limit) {
        access.readable(communityId);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must not be negative and limit must be positive");
        }
        MemberFields fields = policy.forCommunity(communityId);
        List<AtRiskMember> members = queries.atRisk(communityId, offset, Math.min(limit, MAX_PAGE)).stream()
                .map(member -> new AtRiskMember(member.membershipId(), member.memberId(), member.name(),
                        fields.contact(member.handle()), member.score(), member.segment(), member.segmentSince(),
                        visible(member.factors(), fields)))
                .toList();
        Instant asOf = queries.asOf(communityId).orElse(null);
        long total = asOf == null ? 0 : cache.count(key(communityId, YearMonth.from(LocalDate.now(
                clock.withZone(zones.current()))), asOf, "atRisk"), () -> queries.atRiskCount(communityId));
        return new AtRiskPage(members, total, asOf);
    }

    /** When the community's scores were last computed; empty before the first computation. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<Instant> asOf(UUID communityId) {
        access.readable(communityId);
        return queries.asOf(communityId);
    }

    private static HealthReadCache.Key key(UUID communityId, YearMonth running, Instant asOf, String what) {
        return new HealthReadCache.Key(TenantContext.current().orElseThrow(NotFoundException::new), communityId,
                running, asOf, what);
    }

    private static List<HealthFactor> visible(List<HealthFactor> factors, MemberFields fields) {
        return fields.money() ? factors
                : factors.stream().filter(factor -> factor.kind() != HealthFactorKind.PURCHASES).toList();
    }
}
