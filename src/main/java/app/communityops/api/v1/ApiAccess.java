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

    @Transactional(readOnly = true)
    public Optional<UUID> memberByExternalId(String externalId) {
        return jdbc.query("select id from member where external_id = ?", rs -> rs.next()
                ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(), externalId.strip());
    }

    @Transactional(readOnly = true)
    public Optional<UUID> memberByHandle(String handle) {
        return jdbc.query("select id from member where lower(handle) = lower(?)", rs -> rs.next()
                ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(), handle.strip());
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
