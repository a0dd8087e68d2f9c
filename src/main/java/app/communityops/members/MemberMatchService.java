package app.communityops.members;

import app.communityops.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import app.communityops.audit.AuditLog;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin's review of records kept apart because their creator could not see the person they share a
 * handle, external id, phone or email with (docs/decisions/0022-member-matching.md). Merging keeps the existing
 * person: the added record's memberships and everything else that names it move over, its fields fill the gaps of
 * the existing one, and it is deleted, with one audit entry. Dismissing keeps both records apart for good.
 */
@Service
@PreAuthorize(Access.TENANT_ADMIN_IN_CONSOLE)
public class MemberMatchService {

    private final MemberMatchRepository matches;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final CommunityService communities;
    private final MemberGridBookmarks bookmarks;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberMatchService(MemberMatchRepository matches, MemberRepository members, MembershipRepository memberships,
                       CommunityService communities, MemberGridBookmarks bookmarks, AuditLog auditLog,
                       JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.matches = matches;
        this.members = members;
        this.memberships = memberships;
        this.communities = communities;
        this.bookmarks = bookmarks;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Open suggestions, oldest first. */
    @Transactional(readOnly = true)
    public List<MemberMatchSummary> open() {
        Map<UUID, String> names = communities.visible().stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        return matches.findByStatusOrderByCreatedAtAsc(MemberMatch.Status.OPEN).stream()
                .map(match -> new MemberMatchSummary(match.getId(), person(match.getMemberId(), names),
                        person(match.getMatchId(), names), match.getMatchedOn(), match.getSource(),
                        names.getOrDefault(match.getCommunityId(), ""), match.getCreatedAt(),
                        match.getVersion() == null ? 0 : match.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return matches.countByStatus(MemberMatch.Status.OPEN);
    }

    /** Keeps both records apart; the suggestion is not made again for the same pair. */
    @Transactional
    public void dismiss(UUID matchId, long expectedVersion) {
        MemberMatch match = openMatch(matchId, expectedVersion);
        match.dismiss(CurrentUser.require().userId(), clock.instant());
        matches.saveAndFlush(match);
    }

    /**
     * Merges the added record into the existing person. Refused, changing nothing, when both are in the same
     * community (one of the two memberships would have to go, which is for the admin to decide first).
     */
    @Transactional
    public void merge(UUID matchId, long expectedVersion) {
        MemberMatch match = openMatch(matchId, expectedVersion);
        UUID kept = match.getMatchId();
        UUID merged = match.getMemberId();
        jdbc.query("select id from member where id in (?, ?) order by id for update", rs -> { }, kept, merged);
        Integer shared = jdbc.queryForObject("""
                select count(*) from membership a join membership b on b.community_id = a.community_id
                where a.member_id = ? and b.member_id = ?""", Integer.class, kept, merged);
        if (shared != null && shared > 0) {
            throw new UserFacingException("memberMatch.error.sameCommunity", null);
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        try {
            // Suggestions about the merged record now concern the kept one, unless it already has the same one.
            jdbc.update("""
                    update member_match m set match_id = ? where m.match_id = ? and m.member_id <> ?
                      and not exists (select 1 from member_match o where o.member_id = m.member_id and o.match_id = ?)""",
                    kept, merged, kept, kept);
            jdbc.update("update member set match_of = ? where match_of = ? and id <> ?", kept, merged, kept);
            jdbc.update("update member set match_of = null where id = ? and match_of = ?", kept, merged);
            for (String[] reference : references()) {
                int rows = jdbc.update("update \"%s\" set \"%s\" = ? where \"%s\" = ?".formatted(reference[0],
                        reference[1], reference[1]), kept, merged);
                if (rows > 0) {
                    moved.put(reference[0] + "." + reference[1], rows);
                }
            }
            // The kept person's own values win; the merged record fills what they lack.
            jdbc.update("""
                    update member k
                    set nickname = coalesce(k.nickname, m.nickname), phone = coalesce(k.phone, m.phone),
                        email = coalesce(k.email, m.email), channel_id = coalesce(k.channel_id, m.channel_id),
                        tier_id = coalesce(k.tier_id, m.tier_id), notes = coalesce(k.notes, m.notes),
                        external_id = coalesce(k.external_id, m.external_id),
                        tags = array(select distinct unnest(k.tags || m.tags)),
                        lifetime_purchase = k.lifetime_purchase + m.lifetime_purchase, version = k.version + 1
                    from member m where k.id = ? and m.id = ?""", kept, merged);
            jdbc.update("delete from member where id = ?", merged);
            // Every node's memory of member ids (the event ingest's) is told of the merge through this counter.
            jdbc.update("""
                    insert into member_merge_epoch (tenant_id, merges) values (current_tenant_id(), 1)
                    on conflict (tenant_id) do update set merges = member_merge_epoch.merges + 1""");
            jdbc.update("""
                    update membership x
                    set member_name = m.name, member_handle = m.handle, channel_id = m.channel_id, tier_id = m.tier_id,
                        tags = m.tags, version = x.version + 1
                    from member m where m.id = x.member_id and x.member_id = ?""", kept);
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("memberMatch.error.conflict", null);
        }
        memberships.findByMemberId(kept).forEach(m -> bookmarks.invalidateWithTransaction(m.getCommunityId()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("merged", merged.toString());
        details.put("matchedOn", match.getMatchedOn().name());
        details.put("moved", moved);
        auditLog.recordAccess("MemberMerge", kept.toString(), details);
        events.publishEvent(new MembersMerged(TenantContext.current().orElseThrow(), kept, merged));
    }

    /** Every column that names a member (member_id or *_member_id), outside the member tables themselves. */
    private List<String[]> references() {
        return jdbc.query("""
                select c.relname, a.attname from pg_attribute a
                join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and a.attnum > 0 and not a.attisdropped and a.atttypid = 'uuid'::regtype
                  and (a.attname = 'member_id' or a.attname like '%\\_member\\_id')
                  and c.relname not in ('member', 'member_match')
                order by c.relname, a.attname""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
    }

    private MemberMatch openMatch(UUID matchId, long expectedVersion) {
        MemberMatch match = matches.findById(matchId).filter(m -> m.getStatus() == MemberMatch.Status.OPEN)
                .orElseThrow(NotFoundException::new);
        if (match.getVersion() == null || match.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return match;
    }

    private MemberMatchSummary.Person person(UUID id, Map<UUID, String> names) {
        Member member = members.findById(id).orElseThrow(NotFoundException::new);
        MemberDetails details = member.toDetails();
        List<String> in = memberships.findByMemberId(id).stream().map(Membership::getCommunityId)
                .map(community -> names.getOrDefault(community, "")).sorted().toList();
        return new MemberMatchSummary.Person(id, details.name(), member.getHandle(), details.phone(), details.email(),
                details.externalId(), in);
    }
}
