package app.communityops.api.v1;

import app.communityops.api.ApiCaller;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the calling key may reach: a community it is not restricted from and that its tenant has (404 otherwise,
 * like an id that does not exist), and the read-only lookups the endpoints need to find members by the
 * integration's own identifiers. Those run in a transaction of their own (or the request's), where the tenant's
 * row-level security applies like to every statement.
 */
@Component
class ApiAccess {

    private final CommunityService communities;
    private final JdbcTemplate jdbc;

    ApiAccess(CommunityService communities, JdbcTemplate jdbc) {
        this.communities = communities;
        this.jdbc = jdbc;
    }

    CommunitySummary community(String communityId) {
        return communities.readable(communityId(communityId));
    }

    /** The id, if the key is not restricted from it; whether the community exists is for the caller to check. */
    UUID communityId(String communityId) {
        UUID id = uuid(communityId);
        if (!ApiCaller.require().mayUse(id)) {
            throw new NotFoundException();
        }
        return id;
    }

    /**
     * The member the integration names by its external id, among those the key reaches: a key restricted to a
     * community finds only members of that community, so it cannot learn of, read or change anyone else
     * (docs/decisions/0022-member-matching.md). The record not kept apart from another comes first.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> memberByExternalId(String externalId) {
        return member("m.external_id = ?", externalId.strip());
    }

    /** As {@link #memberByExternalId}, by handle (case-insensitive). */
    @Transactional(readOnly = true)
    public Optional<UUID> memberByHandle(String handle) {
        return member("lower(m.handle) = lower(?)", handle.strip());
    }

    private Optional<UUID> member(String condition, String value) {
        UUID restricted = ApiCaller.require().communityId();
        String sql = "select m.id from member m where " + condition + (restricted == null ? ""
                : " and exists (select 1 from membership x where x.member_id = m.id and x.community_id = ?)")
                + " order by m.match_of is not null, m.created_at limit 1";
        Object[] arguments = restricted == null ? new Object[] {value} : new Object[] {value, restricted};
        return jdbc.query(sql, rs -> rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(),
                arguments);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> membership(UUID communityId, UUID memberId) {
        return jdbc.query("select id from membership where community_id = ? and member_id = ?", rs -> rs.next()
                ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(), communityId, memberId);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> orderByReference(UUID communityId, String reference) {
        return jdbc.query("select id from money_order where community_id = ? and reference = ?", rs -> rs.next()
                ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(), communityId, reference);
    }

    /** A malformed id names nothing the key may see: 404, as for any other unknown id. */
    static UUID uuid(String text) {
        return app.communityops.shared.Ids.parse(text).orElseThrow(NotFoundException::new);
    }
}
