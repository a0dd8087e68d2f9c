package app.communityops.members;

import app.communityops.members.MemberGridBookmarks.Key;
import app.communityops.members.MemberGridSql.Bookmark;
import app.communityops.members.MemberGridSql.Scope;
import app.communityops.members.SqlQuery.SqlArray;
import app.communityops.shared.SqlPlans;
import app.communityops.shared.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Runs the members grid's statements in the caller's transaction; access checks are the service's job.
 *
 * <p>Pages ordered by an indexed key (every order but warnings) and deeper than one bookmark interval seek past the
 * nearest bookmark; pages ordered by warnings use OFFSET, whose cost grows with depth.
 *
 * <p>A text search or tag filter is first narrowed to the ids of its matches through the trigram and tag indexes
 * ({@code member_grid_matches}, decision 0027) when there are few enough of them; the statement then reads those ids
 * by primary key under row-level security, with the whole filter. With many matches, scanning the community in the
 * page's order finds a page quickly, and the statement does that.
 */
@Component
class MemberGridQueries {

    /** A first page reads at most this many matches by id; past it, matches are common enough to scan for. */
    static final int FIRST_PAGE_MATCHES = 2_000;
    /** Deeper pages, counts and exports read at most this many by id: they would otherwise scan far or to the end. */
    static final int MATCHES = MembershipQueryService.COUNT_CAP;

    private final JdbcTemplate jdbc;
    /** Fetches in chunks inside the transaction, so a million rows never sit in memory at once. */
    private final JdbcTemplate streaming;
    private final MemberGridBookmarks bookmarks;

    MemberGridQueries(JdbcTemplate jdbc, MemberGridBookmarks bookmarks) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(1000);
        this.bookmarks = bookmarks;
    }

    /** The statement a page runs: built here so the benchmark can EXPLAIN exactly what the grid executes. */
    SqlQuery plan(MemberFilter filter, MemberSort sort, int offset, int limit) {
        int interval = MemberGridBookmarks.INTERVAL;
        List<UUID> matches = matches(filter, offset < interval ? FIRST_PAGE_MATCHES : MATCHES);
        if (matches != null) {
            return MemberGridSql.page(new Scope(filter, matches), sort, null, offset, limit);
        }
        Scope scope = Scope.of(filter);
        if (!sort.field().keyset() || offset < interval) {
            return MemberGridSql.page(scope, sort, null, offset, limit);
        }
        UUID tenant = TenantContext.current().orElseThrow();
        List<Bookmark> marks = bookmarks.get(new Key(tenant, filter, sort), () -> buildBookmarks(filter, sort));
        int passed = Math.min(offset / interval, marks.size());
        if (passed == 0) {
            return MemberGridSql.page(scope, sort, null, offset, limit);
        }
        return MemberGridSql.page(scope, sort, marks.get(passed - 1), offset - passed * interval, limit);
    }

    List<MemberRow> rows(SqlQuery query) {
        SqlPlans.planForValues(jdbc);
        return jdbc.query(query.sql(), query.setter(), (rs, row) -> toRow(rs));
    }

    /** Rows by plain OFFSET whatever the order: the reference deep pages are checked against. */
    List<MemberRow> rowsByOffset(MemberFilter filter, MemberSort sort, int offset, int limit) {
        return rows(MemberGridSql.page(Scope.of(filter), sort, null, offset, limit));
    }

    void forEach(MemberFilter filter, MemberSort sort, Consumer<MemberRow> action) {
        SqlQuery query = MemberGridSql.all(scope(filter, MATCHES), sort);
        streaming.query(query.sql(), query.setter(), (RowCallbackHandler) rs -> action.accept(toRow(rs)));
    }

    void forEachExport(MemberFilter filter, MemberSort sort, Consumer<MemberExportRow> action) {
        SqlQuery query = MemberGridSql.export(scope(filter, MATCHES), sort);
        streaming.query(query.sql(), query.setter(), (RowCallbackHandler) rs -> action.accept(new MemberExportRow(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                strings(rs.getArray(6)), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
                MembershipStatus.valueOf(rs.getString(10)), instant(rs.getTimestamp(11)),
                instant(rs.getTimestamp(12)), rs.getInt(13), rs.getObject(14, Integer.class),
                rs.getString(15) == null ? null : HealthSegment.valueOf(rs.getString(15)))));
    }

    long count(MemberFilter filter, int cap) {
        // Narrowed only below the cap: at the cap, the count says "more" whatever the other filters keep.
        SqlQuery query = MemberGridSql.count(scope(filter, cap - 1), cap);
        SqlPlans.planForValues(jdbc);
        Long found = jdbc.query(query.sql(), query.setter(), rs -> rs.next() ? rs.getLong(1) : 0L);
        return found == null ? 0 : found;
    }

    MemberHeaderCounts headerCounts(UUID communityId) {
        return jdbc.queryForObject("""
                        select (select count(*) from membership m where m.community_id = ? and m.status = 'JOINED'),
                               (select count(*) from membership m where m.community_id = ?
                                                                     and m.status = 'PENDING_REVIEW')""",
                (rs, row) -> new MemberHeaderCounts(rs.getLong(1), rs.getLong(2)), communityId, communityId);
    }

    /**
     * The ids of the community's memberships that match the filter's text and tags, found through their indexes by
     * {@code member_grid_matches} in the current tenant; null when that narrows nothing: no text or tags, text the
     * trigram index cannot use, or more than {@code most} matches.
     */
    @Nullable List<UUID> matches(MemberFilter filter, int most) {
        if (filter.text() == null && filter.tags().isEmpty()) {
            return null;
        }
        SqlQuery query = new SqlQuery("select member_grid_matches(?, ?::text, ?, ?, ?)", Arrays.asList(
                filter.communityId(), filter.text(), filter.textInHandles(),
                new SqlArray("varchar", filter.tags().stream().sorted().toArray()), most + 1));
        List<UUID> found = jdbc.query(query.sql(), query.setter(), rs -> rs.next() ? uuids(rs.getArray(1)) : null);
        return found == null || found.size() > most ? null : found;
    }

    private Scope scope(MemberFilter filter, int most) {
        return new Scope(filter, matches(filter, most));
    }

    private static @Nullable List<UUID> uuids(@Nullable Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add((UUID) id);
        }
        return ids;
    }

    private List<Bookmark> buildBookmarks(MemberFilter filter, MemberSort sort) {
        SqlQuery query = MemberGridSql.bookmarks(filter, sort, MemberGridBookmarks.INTERVAL);
        return jdbc.query(query.sql(), query.setter(),
                (rs, row) -> new Bookmark(rs.getObject(1), rs.getObject(2, UUID.class)));
    }

    private static MemberRow toRow(ResultSet rs) throws SQLException {
        return new MemberRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), MembershipStatus.valueOf(rs.getString(5)), rs.getObject(6, UUID.class),
                rs.getObject(7, UUID.class), strings(rs.getArray(8)), mechanisms(rs.getArray(9)),
                rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)),
                rs.getInt(13), rs.getObject(14, Integer.class),
                rs.getString(15) == null ? null : HealthSegment.valueOf(rs.getString(15)));
    }

    private static Set<String> strings(@Nullable Array array) throws SQLException {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add((String) value);
            }
        }
        return values;
    }

    private static Set<String> mechanisms(@Nullable Array array) throws SQLException {
        return Set.copyOf(strings(array));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
