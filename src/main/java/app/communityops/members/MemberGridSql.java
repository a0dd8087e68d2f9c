package app.communityops.members;

import app.communityops.members.SqlQuery.SqlArray;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The members grid's SQL. The WHERE clause is assembled from a fixed set of fragments, one per filter in use, and
 * every value is a bind parameter; the tenant comes from row-level security, never from here.
 */
final class MemberGridSql {

    static final String COLUMNS = "m.id, m.member_id, m.member_name, m.member_handle, m.status, m.channel_id,"
            + " m.tier_id, m.tags, m.mechanisms, m.applied_at, m.joined_at, m.last_active_at, m.warning_count,"
            + " h.score, h.segment";

    /**
     * The memberships with their health, when they have one. The join names the community on both sides, so a
     * community's condition reaches the health table's indexes; unread, it is removed by the planner (one health row
     * per membership at most).
     */
    static final String FROM = "membership m left join member_health h on h.tenant_id = m.tenant_id"
            + " and h.membership_id = m.id and h.community_id = m.community_id";

    /** A row a deep page seeks past: its sort key (empty for a never-joined or never-active member) and id. */
    record Bookmark(@Nullable Object key, UUID id) {
    }

    /**
     * What a statement reads: the filter, within the ids a text or tag search was narrowed to when it was
     * ({@code member_grid_matches}, decision 0027). The filter always applies in full, the text and tags included.
     */
    record Scope(MemberFilter filter, @Nullable List<UUID> matches) {

        Scope {
            matches = matches == null ? null : List.copyOf(matches);
        }

        static Scope of(MemberFilter filter) {
            return new Scope(filter, null);
        }
    }

    private MemberGridSql() {
    }

    static SqlQuery page(Scope scope, MemberSort sort, @Nullable Bookmark after, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        if (sort.field() == MemberSortField.HEALTH) {
            String sql = healthPage(scope, sort, after, offset + limit, args);
            args.add(limit);
            args.add(offset);
            return new SqlQuery(sql + " limit ? offset ?", args);
        }
        String sql = after == null ? select(scope, "", List.of(), args) + orderBy(sort)
                : pastBookmark(scope, sort, after, offset + limit, args);
        args.add(limit);
        args.add(offset);
        return new SqlQuery(sql + " limit ? offset ?", args);
    }

    /**
     * The rows after a bookmark, in order. Empty values sort last ascending and first descending, as in the indexes,
     * and a row comparison never matches them: so past a bookmark with a value, ascending, come the greater values
     * and then every empty one; past an empty one, descending, the remaining empty ones and then every value. Each
     * part seeks in its index on its own, and a union of the first {@code needed} rows of each joins them.
     */
    private static String pastBookmark(Scope scope, MemberSort sort, Bookmark after, int needed, List<Object> args) {
        String column = sort.field().column();
        String direction = sort.descending() ? "<" : ">";
        Object key = after.key();
        if (key != null) {
            String past = "(" + column + ", m.id) " + direction + " (?, ?)";
            if (!sort.field().nullable() || sort.descending()) {
                return select(scope, past, List.of(key, after.id()), args) + orderBy(sort);
            }
            return union(scope, sort, past, List.of(key, after.id()), column + " is null", needed, args);
        }
        String tie = column + " is null and m.id " + direction + " ?";
        if (!sort.descending()) {
            return select(scope, tie, List.of(after.id()), args) + orderBy(sort);
        }
        return union(scope, sort, tie, List.of(after.id()), column + " is not null", needed, args);
    }

    private static String union(Scope scope, MemberSort sort, String first, List<Object> firstArgs, String then,
                                int needed, List<Object> args) {
        String sql = "select * from ((" + select(scope, first, firstArgs, args) + orderBy(sort) + " limit ?)";
        args.add(needed);
        sql += " union all (" + select(scope, then, List.of(), args) + orderBy(sort) + " limit ?)) m" + orderBy(sort);
        args.add(needed);
        return sql;
    }

    /**
     * A page by health: the scored members in health order (past the bookmark, if any), then the members not scored
     * yet by id. The scored part reads each segment's run of {@code member_health_segment_ix}, already in (score,
     * membership) order, up to the rows needed, and merges them; only the segments the filter keeps are read. The two
     * parts are appended in that order and the page's LIMIT stops reading as soon as it has its rows, so the unscored
     * part, which has no index of its own to seek in, is read only when the scored members run out. (PostgreSQL
     * appends the parts in order; the parts are small LIMIT seeks, never planned in parallel.) A filter on health
     * keeps no unscored member, so that part is left out.
     */
    private static String healthPage(Scope scope, MemberSort sort, @Nullable Bookmark after, int needed,
                                     List<Object> args) {
        String direction = sort.descending() ? "<" : ">";
        String ids = " order by m.id" + (sort.descending() ? " desc" : "");
        boolean unscored = !scope.filter().byHealth();
        if (after != null && after.key() == null) {
            return select(scope, "h.score is null and m.id " + direction + " ?", List.of(after.id()), args) + ids;
        }
        // "is not null" also tells the planner the join is an inner one (a row comparison does not), so the health
        // table's index gives the order and the seek.
        String past = after == null ? "" : " and (h.score, h.membership_id) " + direction + " (?, ?)";
        List<Object> pastArgs = after == null ? List.of() : List.of(after.key(), after.id());
        // Without "nulls last": scored rows have a score, and the index's own order (either way) must match.
        String dir = sort.descending() ? " desc" : "";
        String runOrder = " order by h.score" + dir + ", h.membership_id" + dir;
        List<String> runs = new ArrayList<>();
        for (HealthSegment segment : HealthSegment.values()) {
            if (scope.filter().segments().isEmpty() || scope.filter().segments().contains(segment)) {
                List<Object> runArgs = new ArrayList<>();
                runArgs.add(segment.name());
                runArgs.addAll(pastArgs);
                runs.add("(" + select(scope, "h.score is not null and h.segment = ?" + past, runArgs, args)
                        + runOrder + " limit ?)");
                args.add(needed);
            }
        }
        String merged = " order by score" + dir + ", id" + dir;
        String sql = "(select * from (" + String.join(" union all ", runs) + ") s" + merged + " limit ?)";
        args.add(needed);
        if (unscored) {
            sql += " union all (" + select(scope, "h.score is null", List.of(), args) + ids + " limit ?)";
            args.add(needed);
        }
        return "select * from (" + sql + ") m";
    }

    /** Every matching row in order, for streaming. */
    static SqlQuery all(Scope scope, MemberSort sort) {
        List<Object> args = new ArrayList<>();
        return new SqlQuery(select(scope, "", List.of(), args) + orderBy(sort), args);
    }

    /** The grid's rows with the member's own fields and the names of channel and tier, for the CSV export. */
    static SqlQuery export(Scope scope, MemberSort sort) {
        List<Object> args = new ArrayList<>();
        String sql = """
                select m.member_name, p.nickname, m.member_handle, p.phone, p.email, m.tags, c.name, t.name,
                       p.lifetime_purchase, m.status, m.joined_at, m.last_active_at, m.warning_count,
                       h.score, h.segment
                from\s""" + FROM + """

                join member p on p.tenant_id = m.tenant_id and p.id = m.member_id
                left join acquisition_channel c on c.tenant_id = m.tenant_id and c.id = m.channel_id
                left join member_tier t on t.tenant_id = m.tenant_id and t.id = m.tier_id
                where\s""" + where(scope, args) + orderBy(sort);
        return new SqlQuery(sql, args);
    }

    /** Every {@code interval}-th row of the order (rows interval, 2 × interval, ...), from one index pass. */
    static SqlQuery bookmarks(MemberFilter filter, MemberSort sort, int interval) {
        List<Object> args = new ArrayList<>();
        String column = sort.field().column();
        String sql = "select t.k, t.id from (select " + column + " as k, m.id, row_number() over ("
                + orderBy(sort).substring(1) + ") as rn from " + FROM + " where " + where(Scope.of(filter), args)
                + ") t where t.rn % ? = 0 order by t.rn";
        args.add(interval);
        return new SqlQuery(sql, args);
    }

    /** Counts at most {@code cap} matching rows, so the count stops early in large communities. */
    static SqlQuery count(Scope scope, int cap) {
        List<Object> args = new ArrayList<>();
        String sql = "select count(*) from (select 1 from " + FROM + " where " + where(scope, args)
                + " limit ?) t";
        args.add(cap);
        return new SqlQuery(sql, args);
    }

    static String orderBy(MemberSort sort) {
        String direction = sort.descending() ? " desc" : "";
        if (sort.field() == MemberSortField.HEALTH) {
            // Unscored members last in both directions, as the page by health reads them.
            return " order by h.score" + direction + " nulls last, h.membership_id" + direction + ", m.id" + direction;
        }
        return " order by " + sort.field().column() + direction + ", m.id" + direction;
    }

    /** The grid's columns of the rows in scope that also meet {@code condition}. */
    private static String select(Scope scope, String condition, List<Object> conditionArgs, List<Object> args) {
        String sql = "select " + COLUMNS + " from " + FROM + " where " + where(scope, args);
        if (condition.isEmpty()) {
            return sql;
        }
        args.addAll(conditionArgs);
        return sql + " and " + condition;
    }

    private static String where(Scope scope, List<Object> args) {
        MemberFilter filter = scope.filter();
        StringBuilder where = new StringBuilder("m.community_id = ?");
        args.add(filter.communityId());
        if (scope.matches() != null) {
            // Read by primary key (tenant, id): uuid equality is leakproof, so the index serves it under RLS.
            where.append(" and m.id = any(?)");
            args.add(new SqlArray("uuid", scope.matches().toArray()));
        }
        if (filter.statuses().size() == 1) {
            // A single status keeps the (community, status, name) index usable for the order.
            where.append(" and m.status = ?");
            args.add(filter.statuses().iterator().next().name());
        } else if (!filter.statuses().isEmpty()) {
            where.append(" and m.status = any(?)");
            args.add(new SqlArray("varchar", filter.statuses().stream().map(Enum::name).sorted().toArray()));
        }
        if (!filter.mechanisms().isEmpty()) {
            where.append(" and m.mechanisms && ?");
            args.add(new SqlArray("varchar", filter.mechanisms().stream().sorted().toArray()));
        }
        if (!filter.channelIds().isEmpty()) {
            where.append(" and m.channel_id = any(?)");
            args.add(new SqlArray("uuid", filter.channelIds().toArray()));
        }
        if (!filter.tierIds().isEmpty()) {
            where.append(" and m.tier_id = any(?)");
            args.add(new SqlArray("uuid", filter.tierIds().toArray()));
        }
        if (!filter.tags().isEmpty()) {
            where.append(" and m.tags && ?");
            args.add(new SqlArray("varchar", filter.tags().stream().sorted().toArray()));
        }
        if (filter.joinedFrom() != null) {
            where.append(" and m.joined_at >= ?");
            args.add(Timestamp.from(filter.joinedFrom().atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.joinedTo() != null) {
            where.append(" and m.joined_at < ?");
            args.add(Timestamp.from(filter.joinedTo().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.segments().size() == 1) {
            where.append(" and h.segment = ?");
            args.add(filter.segments().iterator().next().name());
        } else if (!filter.segments().isEmpty()) {
            where.append(" and h.segment = any(?)");
            args.add(new SqlArray("varchar", filter.segments().stream().map(Enum::name).sorted().toArray()));
        }
        if (filter.scoreFrom() != null) {
            where.append(" and h.score >= ?");
            args.add(filter.scoreFrom());
        }
        if (filter.scoreTo() != null) {
            where.append(" and h.score <= ?");
            args.add(filter.scoreTo());
        }
        if (filter.text() != null) {
            String pattern = "%" + escapeLike(filter.text()) + "%";
            if (filter.textInHandles()) {
                where.append(" and (m.member_name ilike ? or m.member_handle ilike ?)");
                args.add(pattern);
                args.add(pattern);
            } else {
                where.append(" and m.member_name ilike ?");
                args.add(pattern);
            }
        }
        return where.toString();
    }

    /** The user's text matches literally: LIKE's wildcards and its escape character lose their meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
