package app.communityops.screening;

import app.communityops.members.MemberFieldPolicy;
import app.communityops.members.MemberFields;
import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applications waiting for a reviewer, oldest first, with their evidence and per-mechanism outcomes. */
@Service
@PreAuthorize(Access.STAFF)
public class ReviewQueueService {

    private final JdbcTemplate jdbc;
    private final CommunityService communities;

    private final MemberFieldPolicy fieldPolicy;

    ReviewQueueService(JdbcTemplate jdbc, CommunityService communities, MemberFieldPolicy fieldPolicy) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.fieldPolicy = fieldPolicy;
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> pending(UUID communityId, int offset, int limit) {
        communities.writable(communityId);
        // Staff only today (so every field); stripped anyway, so the queue follows the field policy if that changes.
        MemberFields fields = fieldPolicy.forCommunity(communityId);
        return jdbc.query("""
                        select ms.id, ms.member_name, ms.member_handle, ms.applied_at, ms.payment_reference, c.code,
                               ms.answers, ms.checked_condition_ids, ms.screening::text, ms.version
                        from membership ms
                        left join invitation_code c on c.tenant_id = ms.tenant_id and c.id = ms.invitation_code_id
                        where ms.community_id = ? and ms.status = 'PENDING_REVIEW'
                        order by ms.applied_at, ms.id limit ? offset ?""",
                (rs, row) -> new ReviewItem(rs.getObject(1, UUID.class), rs.getString(2),
                        fields.contact(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        fields.money(rs.getString(5)), rs.getString(6), fields.contact(rs.getString(7)),
                        uuids(rs.getArray(8)), ScreeningRecord.read(rs.getString(9)).orElse(null), rs.getLong(10)),
                communityId, limit, offset);
    }

    @Transactional(readOnly = true)
    public int count(UUID communityId) {
        communities.writable(communityId);
        Integer count = jdbc.queryForObject(
                "select count(*) from membership where community_id = ? and status = 'PENDING_REVIEW'",
                Integer.class, communityId);
        return Objects.requireNonNullElse(count, 0);
    }

    /** The user's communities with how many applications wait in each, for the queue's way in. */
    @Transactional(readOnly = true)
    public Map<CommunitySummary, Integer> pendingByCommunity() {
        List<CommunitySummary> visible = communities.visible();
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.query("""
                        select community_id, count(*) from membership
                        where status = 'PENDING_REVIEW' and community_id = any(?) group by community_id""",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, (Object) visible.stream().map(CommunitySummary::id).toArray(UUID[]::new));
        Map<CommunitySummary, Integer> result = new LinkedHashMap<>();
        visible.forEach(community -> result.put(community, counts.getOrDefault(community.id(), 0)));
        return result;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((UUID[]) array.getArray());
    }
}
