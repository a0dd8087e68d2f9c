package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A module's SQL names only its own tables (decision 0033); another module's data is reached through that module's
 * published service or event. Each table's owner is recorded on the table itself ({@code comment on table ... is
 * 'owned by <module>'}) and read here from the catalog, so a new table must say whose it is. The SQL is the text of
 * the string literals and text blocks in {@code src/main/java/app/communityops/<module>/**}. The migration's own
 * bookkeeping (Liquibase's tables and the changelog fingerprint) belongs to no module and is left out.
 */
@IntegrationTest
class ModuleTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/app/communityops");

    /**
     * Reads of another module's tables that stay for now, each with its reason, as "module -> table". An entry
     * that no longer matches any SQL fails the test, so the list shrinks as the code does.
     */
    static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            // Platform-level reads that run before or outside a tenant's services.
            Map.entry("shared -> tenant", "TenantJobs lists the active tenants, the one read a job makes without a "
                    + "tenant (the table has no row-level security)"),
            Map.entry("api -> tenant", "ApiKeyAuthenticator checks the key's tenant is active before any tenant "
                    + "context exists"),
            Map.entry("api -> user_account", "ApiKeyAuthenticator checks the key's creator is still an enabled "
                    + "admin, inside the authentication filter"),
            Map.entry("security -> tenant", "the two-factor policy is a column of tenant, read and set by "
                    + "SecondFactorService/SecondFactorSignIn; tenancy has no service for it yet"),
            // Display names and recipients joined into a statement; a published staff directory would replace them.
            Map.entry("members -> user_account", "MembershipHistory joins the actor's display name into the history"),
            Map.entry("content -> user_account", "StaffNames lists enabled staff for the owner pickers"),
            Map.entry("money -> user_account", "CommissionQueries joins who settled a month into the settlements"),
            Map.entry("approval -> user_account", "ApprovalQueries finds a client's enabled users (the approvers of a "
                    + "client step) and checks a deciding user is still enabled"),
            Map.entry("notification -> user_account", "NotificationService resolves enabled recipients and admins; "
                    + "OutboxQueries reads a recipient's address, language and role as a message is queued"),
            Map.entry("notification -> community_operator", "NotificationService notifies a community's operators"),
            Map.entry("screening -> user_account", "TenantLists and InvitationCodeService list staff as code owners"),
            // Screening's own screens read the applications that members keeps.
            Map.entry("screening -> membership", "the review queue, elimination candidates, codes' brought-in "
                    + "members and pass rates are read from membership rows (ReviewQueueService, EliminationService, "
                    + "InvitationCodeService, ScreeningStatsService); they need a members query service of their own"),
            Map.entry("screening -> community", "WaitingApplicationQueries names the communities whose "
                    + "applications wait, for a job that CommunityService answers only for a signed-in person"),
            Map.entry("screening -> member", "InvitationCodeService joins a member owner's name into the code list"),
            Map.entry("screening -> membership_event", "ScreeningStatsService counts joins and eliminations by month"),
            Map.entry("screening -> member_tier", "TenantLists reads tiers with their rank for the screening engine"),
            Map.entry("screening -> acquisition_channel", "TenantLists checks and lists channels for positioning"),
            // Reads tuned for volume, where a service call per row would cost the benchmark its target.
            Map.entry("engagement -> membership", "the event ingest (EventWriter, MemberResolver) resolves members "
                    + "and moves last_active_at in the same statement as the insert"),
            Map.entry("engagement -> member", "MemberResolver and io/EventMembers resolve handles to members in bulk"),
            Map.entry("engagement -> member_merge_epoch", "MemberResolver reads the merge counter once per batch "
                    + "(decision 0029)"),
            Map.entry("api -> member", "ApiAccess resolves a handle or external id to a member in one statement"),
            Map.entry("api -> membership", "ApiAccess resolves a member's membership for a restricted key"),
            Map.entry("api -> money_order", "ApiAccess resolves an order by its reference"),
            Map.entry("money -> membership", "orders, exports and the money figures join members' names and the "
                    + "joined base (OrderQueries, OrderLookups, MoneyFiguresService)"),
            Map.entry("money -> member", "OrderQueries, OrderLookups and io/OrderExportService join member names"),
            // The daily member-health recompute scores every joined membership in one statement (decision 0047).
            Map.entry("members -> kpi_member_day", "the daily recompute reads the rollups and records it scores in one "
                    + "statement at 1M memberships (HealthQueries)"),
            Map.entry("members -> activity", "the daily recompute reads the rollups and records it scores in one "
                    + "statement at 1M memberships (HealthQueries)"),
            Map.entry("members -> activity_attendance", "the daily recompute reads the rollups and records it scores "
                    + "in one statement at 1M memberships (HealthQueries)"),
            Map.entry("members -> money_order", "the daily recompute reads the rollups and records it scores in one "
                    + "statement at 1M memberships (HealthQueries)"),
            // The KPI rollups and the report read the tables they roll up.
            Map.entry("kpi -> membership", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> membership_event", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> activity", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> activity_attendance", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> content_item", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> content_item_community", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> engagement_event", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> money_order", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> money_review", "the KPI rollups read what they roll up"),
            Map.entry("kpi -> acquisition_channel", "FunnelService names the channels of the funnel"),
            Map.entry("kpi -> community", "KpiJobWork names the communities whose targets are due"),
            Map.entry("report -> community", "ReportSnapshotService finds the active communities due a snapshot"));

    /**
     * Demo seeders write only their own module's tables (DemoSeedsStayInTheirModuleTest checks that), but still read
     * other modules' tables to find what to seed (communities by name, the staff, joined members in bulk), so the
     * demo classes ({@code *DemoData}, {@code *DemoSeed}, the {@code demo} module) are exempt here as a whole.
     */
    private static boolean isDemoSeed(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("DemoData.java") || name.endsWith("DemoSeed.java")
                || SOURCES.relativize(file).getName(0).toString().equals("demo");
    }

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, String> owners;

    @BeforeEach
    void readOwners() {
        owners = new TreeMap<>();
        jdbc.query("""
                select c.relname, coalesce(obj_description(c.oid, 'pg_class'), '') as note
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname not like 'databasechangelog%' and c.relname <> 'changelog_fingerprint'""",
                (java.sql.ResultSet rs) -> {
                    String note = rs.getString("note");
                    owners.put(rs.getString("relname"),
                            note.startsWith("owned by ") ? note.substring("owned by ".length()).strip() : "");
                });
    }

    @Test
    void everyTableNamesItsOwningModule() {
        assertThat(owners).as("tables read from the catalog").containsKeys("member", "red_line", "money_order");
        assertThat(owners).as("tables without 'owned by <module>' in their comment")
                .allSatisfy((table, owner) -> assertThat(owner).as(table).isNotBlank());
        assertThat(owners.get("red_line")).isEqualTo("screening");
        assertThat(owners.get("screening_policy")).isEqualTo("screening");
        Set<String> modules = modules();
        assertThat(new TreeSet<>(owners.values())).as("owners are modules").allMatch(modules::contains);
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesOrAListedException() {
        List<String> violations = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles().stream().filter(file -> !isDemoSeed(file)).toList()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            for (String table : SqlTableNames.in(read(file), owners.keySet())) {
                String owner = owners.get(table);
                if (owner.isEmpty() || owner.equals(module)) {
                    continue;
                }
                String key = module + " -> " + table;
                if (EXCEPTIONS.containsKey(key)) {
                    used.add(key);
                } else {
                    violations.add(SOURCES.relativize(file) + " names " + table + ", owned by " + owner);
                }
            }
        }
        assertThat(violations).as("SQL naming another module's table; call that module's service instead, or "
                + "list the read in EXCEPTIONS with its reason").isEmpty();
        assertThat(new TreeSet<>(EXCEPTIONS.keySet())).as("exceptions that no longer match any SQL")
                .isEqualTo(used);
    }

    private static Set<String> modules() {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> SOURCES.relativize(file).getNameCount() > 1).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
