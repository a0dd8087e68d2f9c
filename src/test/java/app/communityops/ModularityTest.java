package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features reach each other only through their root packages, without cycles, and only in the directions the
 * architecture allows; the module diagrams are rebuilt on every run.
 */
class ModularityTest {

    /** Who may use whom (shared is open to all). Modules not listed here are new and bound only by verify(). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("audit", Set.of()),
            Map.entry("tenancy", Set.of("audit")),
            Map.entry("clients", Set.of()),
            Map.entry("security", Set.of("tenancy", "clients", "audit")),
            Map.entry("community", Set.of("tenancy", "clients", "security", "audit")),
            Map.entry("platform", Set.of("tenancy", "security")),
            // members reads the client's grant of contact access (MemberFieldPolicy, decision 0021).
            Map.entry("members", Set.of("tenancy", "community", "clients", "security", "audit")),
            // screening puts red line changes up for approval (RedLineApprovalSubjects, decision 0040).
            Map.entry("screening", Set.of("tenancy", "community", "members", "security", "audit", "notification",
                    "approval")),
            Map.entry("calendar", Set.of("tenancy", "community", "security", "widgets")),
            Map.entry("widgets", Set.of()),
            Map.entry("activity", Set.of("tenancy", "community", "members", "screening", "security", "calendar")),
            Map.entry("money", Set.of("tenancy", "community", "members", "screening", "security")),
            Map.entry("content", Set.of("tenancy", "community", "members", "screening", "security", "calendar",
                    "approval")),
            // approval knows its subjects only through its ApprovalSubjects interface (decision 0040).
            Map.entry("approval", Set.of("tenancy", "community", "clients", "security", "audit", "notification")),
            Map.entry("engagement", Set.of("tenancy", "community", "members")),
            Map.entry("api", Set.of("tenancy", "community", "members", "screening", "security", "audit", "engagement",
                    "money")),
            Map.entry("notification", Set.of("tenancy", "security", "community")),
            Map.entry("tool", Set.of("tenancy", "community", "security", "notification")),
            // kpi's funnel splits its acquire step by join link.
            Map.entry("kpi", Set.of("tenancy", "community", "members", "screening", "activity", "content", "money",
                    "security", "notification", "engagement", "join")),
            // report shows the service level of today in its Manage section when a tenant admin chose it, and what
            // came through each join link in its Custom section.
            Map.entry("report", Set.of("tenancy", "community", "members", "screening", "activity", "content", "kpi",
                    "money", "tool", "security", "notification", "today", "join")),
            // automation keeps the facts other modules publish as signals and acts through their services; tasks and
            // webhooks pick up its events, so it depends on neither (decision 0042).
            Map.entry("automation", Set.of("tenancy", "community", "clients", "members", "screening", "activity",
                    "content", "money", "engagement", "tool", "kpi", "security", "audit", "notification")),
            Map.entry("today", Set.of("tenancy", "community", "clients", "members", "screening", "activity", "content",
                    "tool", "security", "audit", "notification", "automation")),
            // webhook tells the tenant admins when an endpoint's delivery failed for good (decision 0044).
            Map.entry("webhook", Set.of("tenancy", "community", "security", "audit", "automation", "notification")),
            // join files applications through screening as a public applicant and warns operators of group codes
            // running out (decision 0051); the rules summary starts from content's rulebook.
            Map.entry("join", Set.of("tenancy", "community", "members", "screening", "content", "notification",
                    "security")),
            // demo calls each module's seeder in one named order (demo/DemoData).
            Map.entry("demo", Set.of("tenancy", "security", "clients", "community", "members", "screening", "activity",
                    "content", "money", "engagement", "tool", "kpi", "report", "approval", "automation",
                    "webhook", "today", "join")));

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void modulesDependOnlyInTheAllowedDirections() {
        List<ApplicationModule> listed = modules.stream().filter(module -> ALLOWED.containsKey(module.getName())).toList();
        assertThat(listed).extracting(ApplicationModule::getName).contains("audit", "tenancy", "clients", "security");
        assertThat(listed).anySatisfy(module -> assertThat(uses(module)).as("dependencies are read").isNotEmpty());
        assertThat(listed).allSatisfy(module -> assertThat(uses(module)).as("modules %s uses", module.getName())
                .isSubsetOf(ALLOWED.get(module.getName())));
    }

    private List<String> uses(ApplicationModule module) {
        return module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
                .filter(name -> !name.equals("shared")).toList();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
