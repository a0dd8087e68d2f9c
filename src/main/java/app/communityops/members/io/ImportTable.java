package app.communityops.members.io;

import app.communityops.members.MemberReach;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipsImported;
import app.communityops.shared.csv.ImportProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based half of an import, in the caller's transaction and under row-level security like any other
 * statement. Each batch of checked rows is copied into a temporary table, matched against the members the tenant
 * had before the import, and its new members are written with INSERT ... SELECT; rows that matched a member are
 * kept for the whole-file checks. Members the file matches are updated only at the end, so every row is matched
 * against the members as they stood before the import, whichever batch it falls in.
 *
 * <p>Rows are matched against a snapshot of the tenant's member keys taken when the import starts, in a temporary
 * table with its own indexes and statistics. Under row-level security PostgreSQL may use an index only for
 * leakproof conditions, and {@code lower(handle) = ?} is not one (lower() is not leakproof), so every batch would
 * otherwise scan all of the tenant's members; and the planner's estimate of the tenant's rows may be stale (the
 * application role may not ANALYZE the table), which can turn a batch join into a quadratic plan.
 *
 * <p>Matching: a row is the member with the same handle (case-insensitive, as the unique index); failing that, the
 * one member with the same phone or email. A row that matches several members, or a member another row also
 * matches, is refused rather than guessed. Only members the importing user reaches (those in a community they may
 * see) are matched. A row that shares a handle, external id, phone or email with someone out of reach is imported
 * as if nobody had it: its member is kept apart from that person ({@code match_of}) and a tenant admin gets a
 * suggestion to merge the two (docs/decisions/0022-member-matching.md).
 */
final class ImportTable {

    private static final String IMPORT_DETAIL = "{\"source\": \"import\"}";

    private final JdbcTemplate jdbc;
    private final Connection connection;
    private final MemberReach.Scope reach;
    /** The history entries written, announced once the import is done (MembershipsImported). */
    private final List<MembershipsImported.Entry> written = new ArrayList<>();

    ImportTable(JdbcTemplate jdbc, Connection connection, MemberReach.Scope reach) {
        this.jdbc = jdbc;
        this.connection = connection;
        this.reach = reach;
    }

    void create() {
        jdbc.execute("""
                create temp table member_import (
                    line               bigint        not null,
                    name               text          not null,
                    nickname           text,
                    handle             text          not null,
                    phone              text,
                    email              text,
                    tags               text,
                    channel_id         uuid,
                    tier_id            uuid,
                    lifetime_purchase  numeric(14, 2),
                    notes              text,
                    external_id        text,
                    status             text          not null,
                    joined_at          timestamptz,
                    applied_at         timestamptz   not null,
                    new_member_id      uuid          not null,
                    membership_id      uuid          not null,
                    event_id           uuid          not null,
                    member_id          uuid,
                    ambiguous          boolean       not null default false,
                    in_community       boolean       not null default false,
                    match_of           uuid,
                    matched_on         text
                ) on commit drop""");
        jdbc.execute("create temp table member_import_batch (like member_import including defaults) on commit drop");
        // reach: whether the importing user sees the member; first: the member a handle stands for among those the
        // user reaches (or among those out of reach), the record not kept apart from another first.
        String reachable = reach.everyone() ? "true"
                : "exists (select 1 from membership x where x.member_id = m.id and x.community_id = any(?))";
        String keys = """
                create temp table member_key on commit drop as
                select id, handle, phone, email, external_id, match_of, reach,
                       row_number() over (partition by reach, handle order by match_of is not null, created_at) = 1
                           as first
                from (select m.id, lower(m.handle) as handle, m.phone, lower(m.email) as email, m.external_id,
                             m.match_of, m.created_at, %s as reach
                      from member m) k""".formatted(reachable);
        if (reach.everyone()) {
            jdbc.execute(keys);
        } else {
            jdbc.update(keys, (Object) reach.communities().toArray(UUID[]::new));
        }
        jdbc.execute("create index on member_key (handle)");
        jdbc.execute("create index on member_key (phone)");
        jdbc.execute("create index on member_key (email)");
        jdbc.execute("create index on member_key (external_id)");
        jdbc.execute("analyze member_key");
    }

    /** Loads one batch of rows, encoded by {@link CopyRows}, into the batch table. */
    void copy(byte[] rows) throws SQLException, IOException {
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy member_import_batch (" + CopyRows.COLUMNS + ") from stdin", new ByteArrayInputStream(rows));
    }

    /** Finds the member each row of the batch stands for, and whether that member is already in the community. */
    void matchBatch(UUID communityId) {
        jdbc.update("""
                update member_import_batch r set member_id = k.id from member_key k
                where k.reach and k.first and k.handle = lower(r.handle)""");
        jdbc.update("""
                with candidates as (
                    select r.line, c.id from member_import_batch r join member_key c on c.phone = r.phone
                    where r.member_id is null and c.reach
                    union
                    select r.line, c.id from member_import_batch r join member_key c on c.email = lower(r.email)
                    where r.member_id is null and c.reach
                ), counted as (
                    select line, count(*) as matches, (array_agg(id))[1] as id from candidates group by line
                )
                update member_import_batch r set member_id = case when c.matches = 1 then c.id end,
                                                 ambiguous = c.matches > 1
                from counted c where r.line = c.line""");
        jdbc.update("""
                update member_import_batch r
                set in_community = coalesce((select true from membership x
                                             where x.community_id = ? and x.member_id = r.member_id limit 1), false)
                where r.member_id is not null""", communityId);
        if (!reach.everyone()) {
            matchOutOfReach();
        }
    }

    /**
     * Who out of the user's reach shares a key with each row, by handle, external id, phone, then email; a row that
     * matched a member in reach is looked at only for the unique keys (handle, external id) it may write.
     */
    private void matchOutOfReach() {
        jdbc.update("""
                update member_import_batch r set match_of = k.id, matched_on = 'HANDLE' from member_key k
                where not k.reach and k.first and k.handle = lower(r.handle)""");
        jdbc.update("""
                update member_import_batch r set match_of = k.id, matched_on = 'EXTERNAL_ID' from member_key k
                where r.match_of is null and not k.reach and k.external_id = r.external_id""");
        jdbc.update("""
                update member_import_batch r set match_of = k.id, matched_on = 'PHONE' from member_key k
                where r.match_of is null and r.member_id is null and not k.reach and k.phone = r.phone""");
        jdbc.update("""
                update member_import_batch r set match_of = k.id, matched_on = 'EMAIL' from member_key k
                where r.match_of is null and r.member_id is null and not k.reach and k.email = lower(r.email)""");
    }

    /** Rows of the batch whose member cannot be told apart, or whose external id another member has. */
    List<ImportProblem> batchProblems(Function<ImportField, @Nullable String> column) {
        List<ImportProblem> problems = new ArrayList<>();
        jdbc.query("select line from member_import_batch where ambiguous",
                rs -> { problems.add(MemberProblems.of(rs.getLong(1), column.apply(ImportField.HANDLE), "ambiguousMatch")); });
        jdbc.query("""
                select r.line from member_import_batch r join member_key k on k.external_id = r.external_id
                where k.reach and k.match_of is null and k.id is distinct from r.member_id""",
                rs -> { problems.add(MemberProblems.of(rs.getLong(1), column.apply(ImportField.EXTERNAL_ID),
                        "externalIdTaken")); });
        return problems;
    }

    /** Writes the batch's new members, their memberships and their first history entry. */
    void writeNewMembers(UUID communityId, Instant now, @Nullable UUID actor) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into member (tenant_id, id, name, nickname, handle, phone, email, tags, channel_id, tier_id,
                                    lifetime_purchase, notes, external_id, match_of, created_at, version)
                select current_tenant_id(), r.new_member_id, r.name, r.nickname, r.handle, r.phone, r.email,
                       coalesce(string_to_array(r.tags, '|')::varchar(40)[], '{}'), r.channel_id, r.tier_id,
                       coalesce(r.lifetime_purchase, 0), r.notes, r.external_id, r.match_of, ?, 0
                from member_import_batch r where r.member_id is null""", at);
        // A new member's grid fields are the row's own, so the membership needs no look-up of the member.
        jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                        channel_id, tier_id, tags, applied_at, joined_at, last_active_at,
                                        created_at, version)
                select current_tenant_id(), r.membership_id, ?, r.new_member_id, r.status, r.name, r.handle,
                       r.channel_id, r.tier_id, coalesce(string_to_array(r.tags, '|')::varchar(40)[], '{}'),
                       r.applied_at, r.joined_at, r.joined_at, ?, 0
                from member_import_batch r where r.member_id is null""", communityId, at);
        insertEvents("member_import_batch", "r.member_id is null", communityId, actor);
        insertSuggestions("member_import_batch", "r.new_member_id", "r.member_id is null", communityId, at, actor);
    }

    /** A merge suggestion for each row kept apart from someone out of reach (none twice for the same pair). */
    private void insertSuggestions(String table, String member, String rows, UUID communityId, Timestamp at,
                                   @Nullable UUID actor) {
        if (reach.everyone()) {
            return;
        }
        jdbc.update("""
                insert into member_match (tenant_id, id, member_id, match_id, community_id, matched_on, source,
                                          created_by, status, created_at, version)
                select current_tenant_id(), gen_random_uuid(), %s, r.match_of, ?, r.matched_on, 'IMPORT', ?, 'OPEN',
                       ?, 0
                from %s r where %s and r.match_of is not null
                on conflict (tenant_id, member_id, match_id) do nothing""".formatted(member, table, rows),
                communityId, actor, at);
    }

    /** What the rows of the batch would do. */
    Counts batchCounts() {
        return jdbc.queryForObject("""
                select count(*), count(*) filter (where member_id is null), count(*) filter (where not in_community),
                       count(*) filter (where in_community),
                       count(*) filter (where not in_community and status = 'JOINED')
                from member_import_batch""",
                (rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    /**
     * Keeps of the batch only what the end of the import needs: the rows that matched an existing member, for the
     * whole-file checks and the updates. New members are done with once the batch is written.
     */
    void endBatch() {
        jdbc.update("insert into member_import select * from member_import_batch where member_id is not null");
        jdbc.execute("truncate member_import_batch");
    }

    /** Rows that stand for a member another row already stands for. */
    List<ImportProblem> sameMemberProblems(Function<ImportField, @Nullable String> column) {
        List<ImportProblem> problems = new ArrayList<>();
        jdbc.query("""
                select line, first from (
                    select line, min(line) over (partition by member_id) as first from member_import
                    where member_id is not null
                ) claimed where line <> first""",
                rs -> { problems.add(MemberProblems.of(rs.getLong(1), column.apply(ImportField.HANDLE), "sameMember",
                        rs.getLong(2))); });
        return problems;
    }

    /** What the copied rows would do: members created, memberships created and updated, seats taken. */
    record Counts(int rows, int newMembers, int created, int updated, int joining) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(rows + other.rows, newMembers + other.newMembers, created + other.created,
                    updated + other.updated, joining + other.joining);
        }
    }

    long tenantMembers() {
        return count("select count(*) from member");
    }

    long seated(UUID communityId) {
        return count("select count(*) from membership where community_id = ? and status = 'JOINED'", communityId);
    }

    /**
     * Serialises imports of one tenant, so two files cannot both pass the plan and capacity checks; and drops this
     * connection's cached plans. PostgreSQL checks foreign keys with plans it keeps per connection: one made while
     * the member tables were nearly empty scans them instead of using their primary key, and run once per row of a
     * batch that makes an import quadratic (a minute for 20,000 rows). Plans made now see the tables as they grow.
     */
    void prepareWrites() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended('member-import:' || current_tenant_id(), 0))",
                Object.class);
        jdbc.execute("discard plans");
    }

    /**
     * Writes what the file changes for members the tenant already had: their fields (an empty cell keeps the
     * current value), the grid copies in all their memberships, and a membership for those not yet in the
     * community. Rows equal to the member change nothing, so re-importing a file leaves versions alone.
     */
    void writeMatchedMembers(UUID communityId, Instant now, @Nullable UUID actor) {
        // An index on the join key keeps every plan below a walk along an index, whatever the estimates say.
        jdbc.execute("create index on member_import (member_id)");
        jdbc.execute("analyze member_import (line, member_id)");
        jdbc.update("""
                update member m
                set (name, nickname, handle, phone, email, tags, channel_id, tier_id, lifetime_purchase, notes,
                     external_id, match_of, version)
                  = (r.name, coalesce(r.nickname, m.nickname), r.handle, coalesce(r.phone, m.phone),
                     coalesce(r.email, m.email), coalesce(string_to_array(r.tags, '|')::varchar(40)[], m.tags),
                     coalesce(r.channel_id, m.channel_id), coalesce(r.tier_id, m.tier_id),
                     coalesce(r.lifetime_purchase, m.lifetime_purchase), coalesce(r.notes, m.notes),
                     coalesce(r.external_id, m.external_id), coalesce(m.match_of, r.match_of), m.version + 1)
                from member_import r
                where r.member_id = m.id
                  and (m.name, m.nickname, m.handle, m.phone, m.email, m.tags, m.channel_id, m.tier_id,
                       m.lifetime_purchase, m.notes, m.external_id)
                      is distinct from
                      (r.name, coalesce(r.nickname, m.nickname), r.handle, coalesce(r.phone, m.phone),
                       coalesce(r.email, m.email), coalesce(string_to_array(r.tags, '|')::varchar(40)[], m.tags),
                       coalesce(r.channel_id, m.channel_id), coalesce(r.tier_id, m.tier_id),
                       coalesce(r.lifetime_purchase, m.lifetime_purchase), coalesce(r.notes, m.notes),
                       coalesce(r.external_id, m.external_id))""");
        jdbc.update("""
                update membership x
                set member_name = m.name, member_handle = m.handle, channel_id = m.channel_id, tier_id = m.tier_id,
                    tags = m.tags, version = x.version + 1
                from member_import r join member m on m.id = r.member_id
                where x.member_id = r.member_id
                  and (x.member_name, x.member_handle, x.channel_id, x.tier_id, x.tags)
                      is distinct from (m.name, m.handle, m.channel_id, m.tier_id, m.tags)""");
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                        channel_id, tier_id, tags, applied_at, joined_at, last_active_at,
                                        created_at, version)
                select current_tenant_id(), r.membership_id, ?, m.id, r.status, m.name, m.handle, m.channel_id,
                       m.tier_id, m.tags, r.applied_at, r.joined_at, r.joined_at, ?, 0
                from member_import r join member m on m.id = r.member_id
                where not r.in_community""", communityId, at);
        insertEvents("member_import", "r.member_id is not null and not r.in_community", communityId, actor);
        insertSuggestions("member_import", "r.member_id", "r.member_id is not null", communityId, at, actor);
    }

    /** One history entry per new membership: JOINED on the joined date, or APPLIED for a member pending review. */
    private void insertEvents(String table, String rows, UUID communityId, @Nullable UUID actor) {
        written.addAll(jdbc.query("""
                with entry as (
                    insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at,
                                                  actor_id, detail)
                    select current_tenant_id(), r.event_id, r.membership_id, ?,
                           case when r.status = 'JOINED' then 'JOINED' else 'APPLIED' end, r.applied_at, ?, ?::jsonb
                    from %s r where %s
                    returning membership_id, type, occurred_at)
                select e.membership_id, m.member_id, e.type, e.occurred_at
                from entry e join membership m on m.id = e.membership_id""".formatted(table, rows),
                (rs, row) -> new MembershipsImported.Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        MembershipEventType.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()),
                communityId, actor, IMPORT_DETAIL));
    }

    /** The history entries this import wrote, one per new membership. */
    List<MembershipsImported.Entry> written() {
        return List.copyOf(written);
    }

    /** The tenant's acquisition channels or member tiers, by lower-case name. */
    Map<String, UUID> names(String table) {
        Map<String, UUID> names = new HashMap<>();
        jdbc.query("select lower(name), id from " + table,
                rs -> { names.put(rs.getString(1), rs.getObject(2, UUID.class)); });
        return names;
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
