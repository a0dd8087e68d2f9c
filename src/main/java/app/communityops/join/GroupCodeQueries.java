package app.communityops.join;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The join_group_code rows, and the hand-out of their seats. */
@Component
class GroupCodeQueries {

    private static final String COLUMNS = """
            select id, community_id, label, capacity, handed_out, expires_on, position, retired_at is not null,
                   version from join_group_code""";

    private final JdbcClient jdbc;

    GroupCodeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes in hand-out order; retired ones last. */
    List<GroupCodeDetails> of(UUID communityId) {
        return jdbc.sql(COLUMNS + " where community_id = ? order by retired_at nulls first, position, created_at")
                .param(communityId).query(GroupCodeQueries::details).list();
    }

    Optional<GroupCodeDetails> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(GroupCodeQueries::details).optional();
    }

    void insert(UUID id, UUID communityId, String label, byte[] image, String type, int capacity,
                LocalDate expiresOn, Instant now) {
        jdbc.sql("""
                        insert into join_group_code (tenant_id, id, community_id, label, image, image_type, capacity,
                                                     expires_on, position, created_at, version)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?,
                                coalesce((select max(position) + 1 from join_group_code where community_id = ?), 0),
                                ?, 0)""")
                .params(id, communityId, label, image, type, capacity, Date.valueOf(expiresOn), communityId,
                        Timestamp.from(now))
                .update();
    }

    boolean retire(UUID id, long expected, Instant now) {
        return jdbc.sql("""
                        update join_group_code set retired_at = ?, version = version + 1
                        where id = ? and version = ? and retired_at is null""")
                .params(Timestamp.from(now), id, expected).update() == 1;
    }

    /** Swaps the places of two codes of one community. */
    void swap(GroupCodeDetails one, GroupCodeDetails other) {
        jdbc.sql("""
                        update join_group_code set position = case id when ? then ? else ? end,
                               version = version + 1
                        where id in (?, ?)""")
                .params(one.id(), other.position(), one.position(), one.id(), other.id()).update();
    }

    Optional<JoinImage> image(UUID id) {
        return jdbc.sql("select image, image_type from join_group_code where id = ?").param(id)
                .query((rs, row) -> new JoinImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    /**
     * Takes a seat of the first code in order that is not retired, not expired and not full, in one statement:
     * the row is locked while its seat is counted, so two approvals never take the last seat twice. With
     * {@code skipLocked} a code another hand-out holds is passed over rather than waited for.
     */
    @Nullable UUID takeSeat(UUID communityId, LocalDate today, boolean skipLocked) {
        return jdbc.sql("""
                        update join_group_code set handed_out = handed_out + 1
                        where id = (select id from join_group_code
                                    where community_id = ? and retired_at is null and expires_on >= ?
                                      and handed_out < capacity
                                    order by position, created_at limit 1 for update"""
                        + (skipLocked ? " skip locked" : "") + """
                        )
                        returning id""")
                .params(communityId, Date.valueOf(today)).query(UUID.class).optional().orElse(null);
    }

    /** Whether the code is still one to show: not retired and not expired (it may be full: the seat was taken). */
    boolean stillValid(UUID id, LocalDate today) {
        return jdbc.sql("select count(*) from join_group_code where id = ? and retired_at is null and expires_on >= ?")
                .params(id, Date.valueOf(today)).query(Integer.class).single() == 1;
    }

    private static GroupCodeDetails details(ResultSet rs, int row) throws SQLException {
        return new GroupCodeDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getInt(4), rs.getInt(5), rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getBoolean(8),
                rs.getLong(9));
    }
}
