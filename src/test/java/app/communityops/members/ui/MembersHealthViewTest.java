package app.communityops.members.ui;

import static app.communityops.members.HealthFactorKind.ATTENDED;
import static app.communityops.members.HealthFactorKind.PURCHASES;
import static app.communityops.members.HealthFactorKind.SILENT_DAYS;
import static app.communityops.members.HealthSegment.AT_RISK;
import static app.communityops.members.HealthSegment.CHAMPION;
import static app.communityops.members.HealthSegment.SLIPPING;
import static app.communityops.members.MemberHealthTestData.factor;
import static app.communityops.members.MembershipStatus.JOINED;
import static app.communityops.members.MembershipStatus.PENDING_REVIEW;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.HealthSegment;
import app.communityops.members.MemberHealthTestData;
import app.communityops.members.MemberHealthTestData.Score;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembersNavigation;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The members grid's health column, filters and order, and the member's health in the side panel. */
class MembersHealthViewTest extends KaribuTest {

    @Autowired MemberTestData data;
    @Autowired MemberHealthTestData health;
    @Autowired TenantZone zones;

    Fixture tenant;
    List<UUID> ids;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        ids = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Alice Wang", "alice", JOINED),
                Spec.of("Bob Li", "bob", JOINED),
                Spec.of("Cleo Chen", "cleo", JOINED),
                Spec.of("Dan Zhao", "dan", JOINED),
                Spec.of("Eve Applied", "eve", PENDING_REVIEW)));
        YearMonth month = YearMonth.now(zones.of(tenant.tenantId()));
        health.score(tenant.tenantId(), ids.get(0), month, Score.of(91, CHAMPION).trend(60, 72, 85, 91));
        health.score(tenant.tenantId(), ids.get(1), month, Score.of(35, AT_RISK).since(LocalDate.parse("2026-11-28"))
                .factors(factor(ATTENDED, 0, 4, -12), factor(SILENT_DAYS, 18, null, -20),
                        factor(PURCHASES, 2, null, 4))
                .trend(70, 55, 41, 35));
        health.score(tenant.tenantId(), ids.get(2), month, Score.of(12, SLIPPING));
    }

    @Test
    void theHealthColumnShowsTheScoreAndSegmentOrNotScoredYet() {
        login(tenant.operator());
        open(Map.of());
        assertThat(text(GridKt._getCellComponent(grid(), 0, "health"))).isEqualTo("91Champion");
        assertThat(text(GridKt._getCellComponent(grid(), 1, "health"))).isEqualTo("35At risk");
        assertThat(text(GridKt._getCellComponent(grid(), 3, "health"))).isEqualTo("Not scored yet");
        assertThat(text(GridKt._getCellComponent(grid(), 4, "health"))).as("not a joined member").isEmpty();
        assertThat(GridKt._getCellComponent(grid(), 1, "health").getElement().getChild(1).getClassList())
                .contains("status-badge", "health-at-risk");
    }

    @Test
    void sortingByHealthPutsTheLowestFirstAndTheUnscoredLast() {
        login(tenant.admin());
        open(Map.of());
        GridKt._sortByKey(grid(), "health", SortDirection.ASCENDING);
        // The unscored come last, by membership id (drawn at random within one millisecond here).
        assertThat(names()).startsWith("Cleo Chen", "Bob Li", "Alice Wang")
                .containsExactlyInAnyOrder("Cleo Chen", "Bob Li", "Alice Wang", "Dan Zhao", "Eve Applied");
        GridKt._sortByKey(grid(), "health", SortDirection.DESCENDING);
        assertThat(names()).startsWith("Alice Wang", "Bob Li", "Cleo Chen").hasSize(5);
        assertThat(exportLink()).contains("sort=health&desc=true");
    }

    @Test
    void segmentAndScoreFiltersNarrowTheGridAndTheExportFollows() {
        login(tenant.admin());
        open(Map.of());
        segmentFilter().setValue(Set.of(AT_RISK, SLIPPING));
        assertThat(names()).containsExactly("Bob Li", "Cleo Chen");
        assertThat(exportLink()).contains("segment=AT_RISK&segment=SLIPPING");

        segmentFilter().clear();
        score("members-filter-score-from").setValue(30);
        score("members-filter-score-to").setValue(95);
        assertThat(names()).containsExactly("Alice Wang", "Bob Li");
        assertThat(exportLink()).contains("scoreFrom=30&scoreTo=95");

        score("members-filter-score-from").setValue(96);
        assertThat(score("members-filter-score-to").isInvalid()).isTrue();
        assertThat(score("members-filter-score-to").getErrorMessage())
                .isEqualTo("Score from must not be above Score to");
        assertThat(names()).as("an invalid range keeps the last filter").containsExactly("Alice Wang", "Bob Li");
    }

    @Test
    void aLinkNamingSegmentsOpensTheGridFilteredAndSortedByHealth() {
        login(tenant.operator());
        assertThat(MembersNavigation.segmentsPath(tenant.communityId(), List.of(SLIPPING, AT_RISK)))
                .isEqualTo(MembersNavigation.communityPath(tenant.communityId())
                        + "?segment=AT_RISK&segment=SLIPPING&sort=health");
        open(Map.of("segment", List.of("AT_RISK", "SLIPPING", "GLOWING"), "sort", List.of("health")));
        assertThat(segmentFilter().getValue()).containsExactlyInAnyOrder(AT_RISK, SLIPPING);
        assertThat(names()).containsExactly("Cleo Chen", "Bob Li");
    }

    @Test
    void theSidePanelShowsScoreSegmentFactorsAndTrend() {
        login(tenant.operator());
        open(Map.of("member", List.of(ids.get(1).toString())));
        assertThat(_get(Span.class, spec -> spec.withId("member-panel-health-score")).getText()).isEqualTo("35");
        assertThat(_get(Span.class, spec -> spec.withId("member-panel-health-segment")).getText())
                .isEqualTo("At risk");
        assertThat(_get(Span.class, spec -> spec.withId("member-panel-health-since")).getText())
                .isEqualTo("Since Nov 28, 2026");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("member-panel-health-factors")).getElement()
                .getTextRecursively()).isEqualTo("silent 18 days" + "attended 0 of the last 4 activities"
                        + "active on 0 of the last 30 days" + "used 0 of 8 kinds of engagement"
                        + "content interactions in 30 days: 0" + "paid orders in 90 days: 2");
        var trend = _get(app.communityops.shared.ui.echarts.EChart.class,
                spec -> spec.withId("member-panel-health-trend"));
        assertThat(trend.getSpec()).isNotNull();
        assertThat(trend.getSpec().table()).extracting(row -> row.get(1)).containsExactly("Score", "70", "55", "41",
                "35");

        open(Map.of("member", List.of(ids.get(3).toString())));
        assertThat(_get(Span.class, spec -> spec.withId("member-panel-health-none")).getText())
                .startsWith("Not scored yet: health is computed daily");
        _assertNone(Span.class, spec -> spec.withId("member-panel-health-score"));

        open(Map.of("member", List.of(ids.get(4).toString())));
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("member-panel-health"));
    }

    @Test
    void clientsSeeTheHealthButNotWhatAMemberBuys() {
        login(tenant.clientUser());
        open(Map.of("member", List.of(ids.get(1).toString())));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("member-panel-health-factors")).getElement()
                .getTextRecursively()).contains("silent 18 days").doesNotContain("paid orders");
        assertThat(text(GridKt._getCellComponent(grid(), 1, "health"))).isEqualTo("35At risk");
    }

    private void open(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate(MembersNavigation.communityPath(tenant.communityId()),
                new QueryParameters(parameters));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> names() {
        return GridKt._findAll(grid()).stream().map(MemberRow::name).toList();
    }

    private static String exportLink() {
        return _get(Anchor.class, spec -> spec.withId("members-export")).getHref();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MemberRow> grid() {
        return _get(Grid.class, spec -> spec.withId("members-grid"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<HealthSegment> segmentFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("members-filter-segment"));
    }

    private static IntegerField score(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }
}
