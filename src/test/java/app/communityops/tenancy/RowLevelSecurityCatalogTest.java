package app.communityops.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads PostgreSQL's catalog, as the application role, to prove that every tenant-owned table is under row-level
 * security that even its owner cannot skip, and that the application role cannot get around it. A new table with
 * a {@code tenant_id} column is checked without anyone adding it here.
 */
@IntegrationTest
class RowLevelSecurityCatalogTest {

    private static final Set<String> CORE_TABLES = Set.of("client", "user_account", "community", "community_operator",
            "audit_entry");
    /** Policies that deliberately do not test the tenant, each explained in docs/decisions. */
    private static final Set<String> REVIEWED_EXTRA_POLICIES = Set.of("user_account.sign_in_lookup",
            "calendar_feed.feed_token_lookup", "api_key.key_lookup", "membership.member_grid_search",
            "mail_outbox.mail_unsubscribe_lookup", "join_link.join_link_lookup",
            "join_application.join_status_lookup");
    /** Functions the runtime role may call that run with their owner's rights, each explained in docs/decisions. */
    private static final Set<String> REVIEWED_DEFINER_FUNCTIONS = Set.of("engagement_ensure_partition",
            "member_grid_matches");

    @Autowired
    JdbcTemplate jdbc;

    private List<Map<String, Object>> tenantTables;

    @BeforeEach
    void readTenantTables() {
        tenantTables = jdbc.queryForList("""
                select c.relname as name, c.relkind::text as kind, c.relrowsecurity as rls,
                       c.relforcerowsecurity as forced, pg_get_userbyid(c.relowner) as owner
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                order by c.relname""");
    }

    @Test
    void theCoreTenantTablesAreFound() {
        assertThat(names()).containsAll(CORE_TABLES);
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurity() {
        assertThat(tenantTables).isNotEmpty().allSatisfy(table -> {
            assertThat(table.get("rls")).as("row security enabled on %s", table.get("name")).isEqualTo(true);
            assertThat(table.get("forced")).as("row security forced on %s", table.get("name")).isEqualTo(true);
        });
    }

    @Test
    void everyTenantTableHasATenantPolicyForAllCommandsAndNoUnreviewedOthers() {
        for (String table : names()) {
            List<Map<String, Object>> policies = jdbc.queryForList("""
                    select policyname, permissive, cmd, coalesce(qual, '') as qual, coalesce(with_check, '') as checks
                    from pg_policies where schemaname = 'public' and tablename = ?""", table);
            assertThat(policies).as("policies of %s", table).isNotEmpty();
            assertThat(policies).as("a tenant policy for every command on %s", table).anySatisfy(policy -> {
                assertThat(policy.get("cmd")).isEqualTo("ALL");
                assertThat((String) policy.get("qual")).contains("tenant_id").contains("current_tenant_id()");
                assertThat((String) policy.get("checks")).contains("tenant_id").contains("current_tenant_id()");
            });
            for (Map<String, Object> policy : policies) {
                boolean tenantScoped = ((String) policy.get("qual")).contains("current_tenant_id()")
                        && (policy.get("cmd").equals("SELECT")
                        || ((String) policy.get("checks")).contains("current_tenant_id()"));
                assertThat(tenantScoped || REVIEWED_EXTRA_POLICIES.contains(table + "." + policy.get("policyname")))
                        .as("policy %s on %s is tenant-scoped or reviewed", policy.get("policyname"), table).isTrue();
            }
        }
    }

    @Test
    void everyUniqueIndexOfATenantTableStartsWithTheTenant() {
        List<Map<String, Object>> indexes = jdbc.queryForList("""
                select i.indexrelid::regclass::text as index, c.relname as table, i.indkey[0] = a.attnum as tenant_first
                from pg_index i
                join pg_class c on c.oid = i.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and i.indisunique""");
        assertThat(indexes).extracting(index -> index.get("table")).containsAll(CORE_TABLES);
        assertThat(indexes).allSatisfy(index -> assertThat(index.get("tenant_first"))
                .as("%s on %s starts with tenant_id", index.get("index"), index.get("table")).isEqualTo(true));
    }

    @Test
    void theRuntimeRoleCannotBypassRowLevelSecurity() {
        Map<String, Object> role = jdbc.queryForMap("""
                select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user""");
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        String runtimeRole = (String) role.get("name");
        assertThat(tenantTables).allSatisfy(table -> {
            assertThat(table.get("owner")).as("owner of %s", table.get("name")).isNotEqualTo(runtimeRole);
            // A member of the owner role could act as the owner and switch row-level security off.
            assertThat(jdbc.queryForObject("select pg_has_role(current_user, ?, 'MEMBER')", Boolean.class,
                    table.get("owner"))).as("runtime role is a member of %s", table.get("owner")).isFalse();
        });
    }

    @Test
    void everyFunctionRunningWithItsOwnersRightsIsReviewedAndPinsItsSearchPath() {
        List<Map<String, Object>> functions = jdbc.queryForList("""
                select p.proname as name, coalesce(array_to_string(p.proconfig, ','), '') as config,
                       has_function_privilege('public', p.oid, 'EXECUTE') as public_execute
                from pg_proc p
                join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.prosecdef
                  and has_function_privilege(current_user, p.oid, 'EXECUTE')""");
        assertThat(functions).extracting(function -> function.get("name")).isNotEmpty()
                .allSatisfy(name -> assertThat(REVIEWED_DEFINER_FUNCTIONS).contains((String) name));
        assertThat(functions).allSatisfy(function -> {
            // Otherwise a caller's own schema or temporary table could stand in for what the function reads.
            assertThat((String) function.get("config")).as("search_path of %s", function.get("name"))
                    .contains("search_path=public, pg_temp");
            assertThat(function.get("public_execute")).as("%s executable by everyone", function.get("name"))
                    .isEqualTo(false);
        });
    }

    @Test
    void noViewOrMaterializedViewExposesTenantRowsAroundTheirPolicies() {
        // A view reads its tables with its owner's rights unless it is security_invoker; a materialized view has no
        // policies at all.
        List<Map<String, Object>> views = jdbc.queryForList("""
                select c.relname as name, c.relkind::text as kind,
                       coalesce(array_to_string(c.reloptions, ','), '') as options,
                       has_table_privilege(current_user, c.oid, 'SELECT') as readable
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('v', 'm')""");
        List<String> exposing = views.stream()
                .filter(view -> "m".equals(view.get("kind")) ? Boolean.TRUE.equals(view.get("readable"))
                        : !((String) view.get("options")).contains("security_invoker=true"))
                .map(view -> (String) view.get("name")).toList();
        assertThat(exposing).isEmpty();
    }

    private List<String> names() {
        return tenantTables.stream().map(table -> (String) table.get("name")).toList();
    }
}
