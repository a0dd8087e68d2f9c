package app.communityops.members.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based half of an import, in the caller's transaction and under row-level security like any other
 * statement: the checked rows are copied into a temporary table, matched against the tenant's members, checked
 * as a whole, and then written with a handful of INSERT ... SELECT and UPDATE ... FROM statements.
 *
 * <p>Matching: a row is the member with the same handle (case-insensitive, as the unique index); failing that,
 * the one member with the same phone or email. A row that matches several members, or a member another row also
 * matches, is refused rather than guessed.
 */
final class ImportTable {

    private static final String IMPORT_DETAIL = "{\"source\": \"import\"}";

    private final JdbcTemplate jdbc;
    private final Connection connection;

    ImportTable(JdbcTemplate jdbc, Connection connection) {
        this.jdbc = jdbc;
        this.connection = connection;
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
                    applied_event_id   uuid          not null,
                    status_event_id    uuid          not null,
                    member_id          uuid,
                    ambiguous          boolean       not null default false,
                    in_community       boolean       not null default false
                ) on commit drop""");
    }

    CopyRows copy(Instant now) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy member_import (" + CopyRows.COLUMNS + ") from stdin"), now);
    }

    /** Finds the member each row stands for and whether it is already in the community. */
    void match(UUID communityId) {
        jdbc.execute("analyze member_import");
        jdbc.update("update member_import r set member_id = m.id from member m where lower(m.handle) = lower(r.handle)");
        jdbc.update("""
                with candidates as (
                    select r.line, m.id from member_import r join member m on m.phone = r.phone
                    where r.member_id is null and r.phone is not null
                    union
                    select r.line, m.id from member_import r join member m on lower(m.email) = lower(r.email)
                    where r.member_id is null and r.email is not null
                ), counted as (
                    select line, count(*) as matches, (array_agg(id))[1] as id from candidates group by line
                )
                update member_import r set member_id = case when c.matches = 1 then c.id end,
                                           ambiguous = c.matches > 1
                from counted c where r.line = c.line""");
        jdbc.update("""
                update member_import r set in_community = true from membership x
                where x.community_id = ? and x.member_id = r.member_id""", communityId);
    }

    /** Rows whose member cannot be told, is claimed twice, or whose external id another member has. */
    List<ImportProblem> matchProblems(Function<ImportField, @Nullable String> column) {
        List<ImportProblem> problems = new ArrayList<>();
        jdbc.query("select line from member_import where ambiguous order by line",
                rs -> { problems.add(ImportProblem.of(rs.getLong(1), column.apply(ImportField.HANDLE), "ambiguousMatch")); });
        jdbc.query("""
                select line, first from (
                    select line, min(line) over (partition by member_id) as first from member_import
                    where member_id is not null
                ) claimed where line <> first order by line""",
                rs -> { problems.add(ImportProblem.of(rs.getLong(1), column.apply(ImportField.HANDLE), "sameMember",
                        rs.getLong(2))); });
        jdbc.query("""
                select r.line from member_import r join member m on m.external_id = r.external_id
                where r.external_id is not null and m.id is distinct from r.member_id order by r.line""",
                rs -> { problems.add(ImportProblem.of(rs.getLong(1), column.apply(ImportField.EXTERNAL_ID),
                        "externalIdTaken")); });
        return problems;
    }

    record Counts(int rows, int newMembers, int created, int updated, int joining) {
    }

    Counts counts() {
        return jdbc.queryForObject("""
                select count(*), count(*) filter (where member_id is null), count(*) filter (where not in_community),
                       count(*) filter (where in_community),
                       count(*) filter (where not in_community and status = 'JOINED')
                from member_import""",
                (rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    long tenantMembers() {
        return count("select count(*) from member");
    }

    long seated(UUID communityId) {
        return count("select count(*) from membership where community_id = ? and status = 'JOINED'", communityId);
    }

    /** Serialises imports of one tenant, so two files cannot both pass the plan and capacity checks. */
    void lockTenantImports() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended('member-import:' || current_tenant_id(), 0))",
                Object.class);
    }

    /** Writes the rows: new members, changed members, their grid copies, new memberships and their history. */
    void apply(UUID communityId, Instant now, @Nullable UUID actor) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into member (tenant_id, id, name, nickname, handle, phone, email, tags, channel_id, tier_id,
                                    lifetime_purchase, notes, external_id, created_at, version)
                select current_tenant_id(), r.new_member_id, r.name, r.nickname, r.handle, r.phone, r.email,
                       coalesce(string_to_array(r.tags, '|')::varchar(40)[], '{}'), r.channel_id, r.tier_id,
                       coalesce(r.lifetime_purchase, 0), r.notes, r.external_id, ?, 0
                from member_import r where r.member_id is null""", at);
        jdbc.update("""
                update member m
                set (name, nickname, handle, phone, email, tags, channel_id, tier_id, lifetime_purchase, notes,
                     external_id, version)
                  = (n.name, n.nickname, n.handle, n.phone, n.email, n.tags, n.channel_id, n.tier_id,
                     n.lifetime_purchase, n.notes, n.external_id, m.version + 1)
                from (
                    select x.id, r.name, coalesce(r.nickname, x.nickname) as nickname, r.handle,
                           coalesce(r.phone, x.phone) as phone, coalesce(r.email, x.email) as email,
                           coalesce(string_to_array(r.tags, '|')::varchar(40)[], x.tags) as tags,
                           coalesce(r.channel_id, x.channel_id) as channel_id, coalesce(r.tier_id, x.tier_id) as tier_id,
                           coalesce(r.lifetime_purchase, x.lifetime_purchase) as lifetime_purchase,
                           coalesce(r.notes, x.notes) as notes, coalesce(r.external_id, x.external_id) as external_id
                    from member_import r join member x on x.id = r.member_id
                ) n
                where m.id = n.id
                  and (m.name, m.nickname, m.handle, m.phone, m.email, m.tags, m.channel_id, m.tier_id,
                       m.lifetime_purchase, m.notes, m.external_id)
                      is distinct from
                      (n.name, n.nickname, n.handle, n.phone, n.email, n.tags, n.channel_id, n.tier_id,
                       n.lifetime_purchase, n.notes, n.external_id)""");
        jdbc.update("""
                update membership x
                set member_name = m.name, member_handle = m.handle, channel_id = m.channel_id, tier_id = m.tier_id,
                    tags = m.tags, version = x.version + 1
                from member_import r join member m on m.id = r.member_id
                where x.member_id = r.member_id
                  and (x.member_name, x.member_handle, x.channel_id, x.tier_id, x.tags)
                      is distinct from (m.name, m.handle, m.channel_id, m.tier_id, m.tags)""");
        jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                        channel_id, tier_id, tags, applied_at, joined_at, last_active_at,
                                        created_at, version)
                select current_tenant_id(), r.membership_id, ?, m.id, r.status, m.name, m.handle, m.channel_id,
                       m.tier_id, m.tags, r.applied_at, r.joined_at, r.joined_at, ?, 0
                from member_import r join member m on m.id = coalesce(r.member_id, r.new_member_id)
                where not r.in_community""", communityId, at);
        jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at, actor_id,
                                              detail)
                select current_tenant_id(), r.applied_event_id, r.membership_id, ?, 'APPLIED', r.applied_at, ?,
                       ?::jsonb
                from member_import r where not r.in_community
                union all
                select current_tenant_id(), r.status_event_id, r.membership_id, ?, r.status,
                       coalesce(r.joined_at, r.applied_at), ?, ?::jsonb
                from member_import r where not r.in_community""",
                communityId, actor, IMPORT_DETAIL, communityId, actor, IMPORT_DETAIL);
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    static Map<String, UUID> names(JdbcTemplate jdbc, String table) {
        Map<String, UUID> names = new java.util.HashMap<>();
        jdbc.query("select lower(name), id from " + table,
                rs -> { names.put(rs.getString(1), rs.getObject(2, UUID.class)); });
        return names;
    }
}
