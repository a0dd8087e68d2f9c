package app.communityops.screening;

import app.communityops.members.MemberFieldPolicy;
import app.communityops.members.MemberFields;
import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipSummary;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elimination (淘汰): the candidates the community's thresholds flag, and warnings and eliminations that may cite
 * one of its active red lines. The membership changes themselves are the members feature's.
 */
@Service
@PreAuthorize(Access.STAFF)
public class EliminationService {

    private static final String CANDIDATES = """
            from membership
            where community_id = ? and status = 'JOINED'
              and (coalesce(last_active_at, joined_at) < ? or warning_count >= ? or elimination_flag is not null)""";

    private final MembershipService memberships;
    private final ScreeningPolicyService policies;
    private final RedLineRepository redLines;
    private final CommunityService access;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MemberFieldPolicy fieldPolicy;

    EliminationService(MembershipService memberships, ScreeningPolicyService policies, RedLineRepository redLines,
                       CommunityService access, JdbcTemplate jdbc, Clock clock, MemberFieldPolicy fieldPolicy) {
        this.fieldPolicy = fieldPolicy;
        this.memberships = memberships;
        this.policies = policies;
        this.redLines = redLines;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Joined members silent for N days (their last activity, or their joining if they were never active, lies
     * more than N days back) or warned K times or marked by an automation rule, most warned and longest silent
     * first.
     */
    @Transactional(readOnly = true)
    public List<EliminationCandidate> candidates(UUID communityId, int offset, int limit) {
        access.writable(communityId);
        PolicyDetails policy = policies.find(communityId);
        Timestamp cutoff = cutoff(policy);
        MemberFields fields = fieldPolicy.forCommunity(communityId);
        return jdbc.query("select id, member_name, member_handle, joined_at, last_active_at, warning_count, "
                        + "coalesce(last_active_at, joined_at) < ?, elimination_flag " + CANDIDATES
                        + " order by warning_count desc, coalesce(last_active_at, joined_at), id limit ? offset ?",
                (rs, row) -> new EliminationCandidate(rs.getObject(1, UUID.class), rs.getString(2),
                        fields.contact(rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getInt(6), rs.getBoolean(7),
                        rs.getInt(6) >= policy.warningLimit(), rs.getString(8)),
                cutoff, communityId, cutoff, policy.warningLimit(), limit, offset);
    }

    @Transactional(readOnly = true)
    public int candidateCount(UUID communityId) {
        access.writable(communityId);
        PolicyDetails policy = policies.find(communityId);
        Integer count = jdbc.queryForObject("select count(*) " + CANDIDATES, Integer.class, communityId,
                cutoff(policy), policy.warningLimit());
        return Objects.requireNonNullElse(count, 0);
    }

    @Transactional
    public MembershipSummary warn(UUID membershipId, String reason, @Nullable UUID redLineId) {
        checkRedLine(membershipId, redLineId);
        return memberships.warn(membershipId, reason, redLineId);
    }

    @Transactional
    public MembershipSummary eliminate(UUID membershipId, String reason, @Nullable UUID redLineId) {
        checkRedLine(membershipId, redLineId);
        return memberships.eliminate(membershipId, reason, redLineId);
    }

    /** Only an active red line of the member's own community may be cited. */
    private void checkRedLine(UUID membershipId, @Nullable UUID redLineId) {
        MembershipSummary membership = memberships.find(membershipId).orElseThrow(NotFoundException::new);
        access.writable(membership.communityId());
        if (redLineId != null && redLines.findById(redLineId)
                .filter(line -> line.isActive() && line.getCommunityId().equals(membership.communityId()))
                .isEmpty()) {
            throw new UserFacingException("screening.redLine.error.unknown", "redLine");
        }
    }

    private Timestamp cutoff(PolicyDetails policy) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(policy.inactiveDays()));
        return Timestamp.from(cutoff);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
