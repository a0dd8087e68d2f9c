package app.communityops.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads PostgreSQL's catalog to prove that the schema can be distributed by {@code tenant_id} with Citus without
 * being redesigned (docs/decisions/0028-citus-distribution.md): every tenant-owned table could become a distributed
 * table co-located with all the others, and every other table has a reviewed place in such a cluster. Nothing here
 * needs Citus; each rule is one that Citus enforces when a table is distributed, or that co-location needs to keep
 * a tenant's work on one node. A new table is checked without anyone adding it here.
 */
@IntegrationTest
class DistributableSchemaTest {

    /** Where a table without {@code tenant_id} goes in a Citus cluster. */
    enum Placement {
        /** Replicated to every node, so distributed tables may reference it and join it locally. */
        REFERENCE,
        /** A plain table on the coordinator: written often, referenced by no distributed table. */
        COORDINATOR
    }

    record Platform(Placement placement, String why) {
    }

    /** Every table without {@code tenant_id}, each with its place and why; the decision lists the same. */
    private static final Map<String, Platform> PLATFORM_TABLES = Map.ofEntries(
            Map.entry("tenant", new Platform(Placement.REFERENCE,
                    "tenant tables' tenant_id references it (all but events and rollups, 0019); the API key lookup"
                            + " joins it")),
            Map.entry("platform_admin", new Platform(Placement.COORDINATOR,
                    "read at sign-in by email, referenced by nothing, never joined with tenant rows")),
            Map.entry("login_email", new Platform(Placement.COORDINATOR,
                    "one row per sign-in email across the installation, written when accounts are made")),
            Map.entry("user_session", new Platform(Placement.COORDINATOR,
                    "read on every request and written as people use the console; a reference table would"
                            + " commit each write on every node")),
            Map.entry("sign_in_throttle", new Platform(Placement.COORDINATOR,
                    "written on every failed sign-in, read before any tenant is known")),
            Map.entry("scheduled_tasks", new Platform(Placement.COORDINATOR,
                    "db-scheduler polls, locks and heartbeats its rows every few seconds; jobs work tenant by"
                            + " tenant inside their run")),
            Map.entry("databasechangelog", new Platform(Placement.COORDINATOR,
                    "Liquibase's record of applied changesets")),
            Map.entry("databasechangeloglock", new Platform(Placement.COORDINATOR, "Liquibase's migration lock")),
            Map.entry("changelog_fingerprint", new Platform(Placement.COORDINATOR,
                    "one row: the changelogs the schema was last migrated with, read at start-up")),
            Map.entry("mfa_key_check", new Platform(Placement.COORDINATOR,
                    "one row: which key encrypts the second-factor secrets, read at start-up")),
            Map.entry("join_request_limit", new Platform(Placement.COORDINATOR,
                    "a token bucket per client address, taken on every load of a public join page before any"
                            + " tenant is known")));

    /** The tenant-owned tables: a {@code tenant_id} column; partitions travel with their parent. */
    private static final String TENANT_TABLES = """
            with tenant_table as (
                select c.oid, c.relname as name, a.attnum as tenant_column
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
            )
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTenantColumnHasOneTypeAndIsNeverNull() {
        // Citus co-locates tables whose distribution columns have the same type, and routes a row by its value.
        List<Map<String, Object>> columns = jdbc.queryForList(TENANT_TABLES + """
                select t.name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
                from tenant_table t
                join pg_attribute a on a.attrelid = t.oid and a.attnum = t.tenant_column
                order by t.name""");
        assertThat(columns).extracting(column -> column.get("name"))
                .contains("user_account", "community", "member", "membership", "engagement_event");
        assertThat(offenders(columns, column -> "uuid".equals(column.get("type"))
                && Boolean.TRUE.equals(column.get("not_null")), "name", "type", "not_null"))
                .as("tables whose tenant_id is not a non-null uuid").isEmpty();
    }

    @Test
    void everyTenantTableHasAPrimaryKeyLedByTheTenant() {
        List<Map<String, Object>> tables = jdbc.queryForList(TENANT_TABLES + """
                select t.name, pk.conname as key, pk.conkey[1] = t.tenant_column as tenant_first
                from tenant_table t
                left join pg_constraint pk on pk.conrelid = t.oid and pk.contype = 'p'
                order by t.name""");
        assertThat(tables).isNotEmpty();
        assertThat(offenders(tables, table -> Boolean.TRUE.equals(table.get("tenant_first")), "name", "key"))
                .as("tenant tables without a primary key led by tenant_id").isEmpty();
    }

    @Test
    void everyUniqueIndexAndExclusionConstraintOfATenantTableLeadsWithTheTenant() {
        // Citus can only enforce uniqueness inside one shard, so the key must contain the distribution column;
        // leading with it also lets every tenant's lookup use the index.
        List<Map<String, Object>> indexes = jdbc.queryForList(TENANT_TABLES + """
                select i.indexrelid::regclass::text as index, t.name, i.indkey[0] = t.tenant_column as tenant_first
                from pg_index i
                join tenant_table t on t.oid = i.indrelid
                where i.indisunique or i.indisexclusion""");
        assertThat(indexes).extracting(index -> index.get("name")).contains("user_account", "member");
        assertThat(offenders(indexes, index -> Boolean.TRUE.equals(index.get("tenant_first")), "index"))
                .as("unique indexes and exclusion constraints not led by tenant_id").isEmpty();
    }

    @Test
    void foreignKeysBetweenTenantTablesPairTheTenantColumns() {
        // Citus accepts a foreign key between two distributed tables only when both sides carry the distribution
        // column at the same position: then the referenced row is always in the co-located shard.
        List<Map<String, Object>> keys =
                foreignKeys("source.tenant_column is not null and target.tenant_column is not null");
        assertThat(keys).extracting(key -> key.get("key"))
                .contains("membership.membership_tenant_id_member_id_fkey");
        assertThat(offenders(keys, key -> Boolean.TRUE.equals(key.get("pairs_tenant")), "key"))
                .as("foreign keys between tenant tables without tenant_id -> tenant_id at one position").isEmpty();
    }

    @Test
    void tenantTablesCanBeDistributedReferencedTablesFirst() {
        // create_distributed_table refuses a foreign key to a table that is not distributed yet, so the tables are
        // distributed in rounds, each table after those it references; a cycle would leave tables that no round
        // can take (a table's references to itself do not count).
        List<String> tables = jdbc.queryForList(TENANT_TABLES + "select name from tenant_table", String.class);
        List<Map<String, Object>> references = foreignKeys(
                "source.tenant_column is not null and target.tenant_column is not null and source.oid <> target.oid");
        Set<String> distributed = new HashSet<>();
        List<List<String>> rounds = new ArrayList<>();
        while (distributed.size() < tables.size()) {
            List<String> round = tables.stream().filter(table -> !distributed.contains(table))
                    .filter(table -> references.stream().filter(key -> table.equals(key.get("source")))
                            .allMatch(key -> distributed.contains((String) key.get("target"))))
                    .sorted().toList();
            if (round.isEmpty()) {
                break;
            }
            rounds.add(round);
            distributed.addAll(round);
        }
        assertThat(tables).as("tables left in a cycle of foreign keys (distributed in rounds %s)", rounds)
                .filteredOn(table -> !distributed.contains(table)).isEmpty();
        assertThat(rounds).hasSizeGreaterThan(1);
    }

    @Test
    void noForeignKeyWouldChangeATenantColumn() {
        // Citus refuses ON DELETE SET NULL / SET DEFAULT and ON UPDATE SET NULL / SET DEFAULT / CASCADE on a key
        // that contains the distribution column: a row never moves to another tenant's shard.
        List<Map<String, Object>> keys = foreignKeys("source.tenant_column = any(con.conkey)");
        assertThat(keys).isNotEmpty();
        assertThat(offenders(keys, key -> List.of("a", "r", "c").contains(key.get("on_delete"))
                && List.of("a", "r").contains(key.get("on_update")), "key", "on_delete", "on_update"))
                .as("foreign keys containing tenant_id with SET NULL, SET DEFAULT or ON UPDATE CASCADE").isEmpty();
    }

    @Test
    void tenantTablesReferenceOnlyPlatformTablesThatAreReferenceTables() {
        // A distributed table may reference a reference table, never a table that lives on the coordinator alone.
        List<Map<String, Object>> keys =
                foreignKeys("source.tenant_column is not null and target.tenant_column is null");
        assertThat(keys).extracting(key -> key.get("target")).contains("tenant");
        assertThat(offenders(keys, key -> PLATFORM_TABLES.containsKey((String) key.get("target"))
                && PLATFORM_TABLES.get((String) key.get("target")).placement() == Placement.REFERENCE, "key", "target"))
                .as("foreign keys from tenant tables to tables that are not reference tables").isEmpty();
    }

    @Test
    void noPlatformTableReferencesATenantTable() {
        // Citus has no foreign key from a reference (or coordinator) table to a distributed table.
        assertThat(foreignKeys("source.tenant_column is null and target.tenant_column is not null"))
                .extracting(key -> key.get("key")).as("foreign keys from platform tables to tenant tables").isEmpty();
    }

    @Test
    void everyTableWithoutATenantHasAReviewedPlaceInTheCluster() {
        List<String> platformTables = jdbc.queryForList("""
                select c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                  and not exists (select 1 from pg_attribute a
                                  where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)""",
                String.class);
        assertThat(platformTables).as("tables without tenant_id; add a new one to PLATFORM_TABLES and decision 0028")
                .containsExactlyInAnyOrderElementsOf(PLATFORM_TABLES.keySet());
        assertThat(PLATFORM_TABLES.values()).allSatisfy(table -> assertThat(table.why()).isNotBlank());
    }

    @Test
    void noSequenceOrIdentityNumbersTenantRows() {
        // A sequence is one counter shared by every tenant, and Citus hands each node its own range of it, so its
        // numbers would not even be in order. Ids of tenant rows are UUIDs the application makes.
        List<String> numbered = jdbc.queryForList(TENANT_TABLES + """
                select t.name || '.' || a.attname
                from tenant_table t
                join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
                left join pg_attrdef d on d.adrelid = t.oid and d.adnum = a.attnum
                where a.attidentity <> '' or pg_get_expr(d.adbin, d.adrelid) like '%nextval(%'""", String.class);
        assertThat(numbered).as("identity or sequence-backed columns of tenant tables").isEmpty();
        List<String> sequences = jdbc.queryForList("""
                select c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'S'
                  and not exists (select 1 from pg_depend d
                                  where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                    and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))""",
                String.class);
        assertThat(sequences).as("sequences of no column, which code could draw on for any tenant").isEmpty();
    }

    @Test
    void noTriggerRunsOnATenantTable() {
        // Citus's documented way to have a trigger on a distributed table is one created by hand on each shard, which
        // a shard move leaves behind. Foreign keys' own triggers are internal and not counted.
        List<String> triggers = jdbc.queryForList(TENANT_TABLES + """
                select t.name || '.' || tg.tgname
                from pg_trigger tg
                join tenant_table t on t.oid = tg.tgrelid
                where not tg.tgisinternal""", String.class);
        assertThat(triggers).as("triggers on tenant tables").isEmpty();
    }

    @Test
    void partitionedTablesArePartitionedOnce() {
        // Citus distributes a partitioned table with its partitions, but not a partition that is partitioned again.
        List<String> nested = jdbc.queryForList("""
                select c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'p' and c.relispartition""", String.class);
        assertThat(nested).as("partitions that are partitioned again").isEmpty();
    }

    @Test
    void policiesAndDefaultsOfTenantTablesCallNoFunctionOfOursButTheTenantSetting() {
        // The shards' policies and the coordinator's defaults call these functions; each must be distributed to
        // the workers before the tables are (decision 0028). A new one joins that step and this list.
        List<String> functions = jdbc.queryForList(TENANT_TABLES + """
                select distinct p.oid::regprocedure::text
                from tenant_table t
                join (select pol.polrelid as relid, pol.oid as objid, 'pg_policy'::regclass as classid
                      from pg_policy pol
                      union all
                      select d.adrelid, d.oid, 'pg_attrdef'::regclass from pg_attrdef d) used on used.relid = t.oid
                join pg_depend dep on dep.classid = used.classid and dep.objid = used.objid
                                  and dep.refclassid = 'pg_proc'::regclass
                join pg_proc p on p.oid = dep.refobjid
                join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public'""", String.class);
        assertThat(functions).as("our functions called by tenant tables' policies and defaults")
                .containsExactly("current_tenant_id()");
    }

    /** The rows that break the rule, each shown by the named columns. */
    private static List<String> offenders(List<Map<String, Object>> rows, Predicate<Map<String, Object>> rule,
            String... shown) {
        return rows.stream().filter(rule.negate())
                .map(row -> Arrays.stream(shown).map(column -> column + "=" + row.get(column))
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    private List<Map<String, Object>> foreignKeys(String condition) {
        return jdbc.queryForList(TENANT_TABLES + """
                select con.conrelid::regclass::text || '.' || con.conname as key,
                       source_class.relname as source, target_class.relname as target,
                       exists (select 1 from unnest(con.conkey, con.confkey) as pair(source_column, target_column)
                               where pair.source_column = source.tenant_column
                                 and pair.target_column = target.tenant_column) as pairs_tenant,
                       con.confdeltype::text as on_delete, con.confupdtype::text as on_update
                from pg_constraint con
                join pg_class source_class on source_class.oid = con.conrelid
                join pg_class target_class on target_class.oid = con.confrelid
                join pg_namespace n on n.oid = source_class.relnamespace
                left join tenant_table source on source.oid = con.conrelid
                left join tenant_table target on target.oid = con.confrelid
                where con.contype = 'f' and n.nspname = 'public' and con.conparentid = 0
                  and not source_class.relispartition and\s""" + condition + " order by 1");
    }
}
