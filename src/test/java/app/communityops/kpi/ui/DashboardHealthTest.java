package app.communityops.kpi.ui;

import static app.communityops.members.HealthFactorKind.ATTENDED;
import static app.communityops.members.HealthFactorKind.SILENT_DAYS;
import static app.communityops.members.HealthFactorKind.WARNINGS;
import static app.communityops.members.HealthSegment.AT_RISK;
import static app.communityops.members.HealthSegment.CHAMPION;
import static app.communityops.members.HealthSegment.SLIPPING;
import static app.communityops.members.HealthSegment.STEADY;
import static app.communityops.members.MemberHealthTestData.factor;
import static app.communityops.members.MembershipStatus.JOINED;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberHealthTestData;
import app.communityops.members.MemberHealthTestData.Score;
import app.communityops.members.MemberTestData;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.members.MembersNavigation;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's member health: the flow chart between segments and the At-risk list, per role and when empty. */
class DashboardHealthTest extends KaribuTest {

    @Autowired MemberTestData members;
    @Autowired MemberHealthTestData health;
    @Autowired TenantZone zones;

    Fixture tenant;
    YearMonth running;
    List<UUID> ids;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        running = YearMonth.now(zones.of(tenant.tenantId()));
    }

    private void scoreMembers() {
        List<Spec> specs = new ArrayList<>(List.of(Spec.of("Alice Wang", "alice", JOINED),
                Spec.of("Bob Li", "bob", JOINED), Spec.of("Cleo Chen", "cleo", JOINED)));
        for (int i = 0; i < 7; i++) {
            specs.add(Spec.of("Risky " + i, "risky" + i, JOINED));
        }
        ids = members.add(tenant.tenantId(), tenant.communityId(), specs);
        health.score(tenant.tenantId(), ids.get(0), running, Score.of(90, CHAMPION).monthStart(STEADY));
        health.score(tenant.tenantId(), ids.get(1), running, Score.of(30, AT_RISK).monthStart(STEADY)
                .since(LocalDate.now(zones.of(tenant.tenantId())).minusDays(9))
                .factors(factor(ATTENDED, 0, 4, -12), factor(SILENT_DAYS, 18, null, -20)));
        health.score(tenant.tenantId(), ids.get(2), running, Score.of(8, SLIPPING).monthStart(AT_RISK)
                .factors(factor(WARNINGS, 3, null, -30)));
        for (int i = 3; i < ids.size(); i++) {
            health.score(tenant.tenantId(), ids.get(i), running, Score.of(40 + i, AT_RISK).monthStart(null));
        }
        YearMonth last = running.minusMonths(1);
        health.flow(tenant.tenantId(), tenant.communityId(), last, null, STEADY, 2);
        health.flow(tenant.tenantId(), tenant.communityId(), last, STEADY, AT_RISK, 1);
        health.flow(tenant.tenantId(), tenant.communityId(), last, AT_RISK, null, 1);
    }

    @Test
    void theFlowChartStacksEachMonthsSegmentsWithJoinersAndLeaversAndATable() {
        scoreMembers();
        login(tenant.operator());
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));

        Div chart = _get(Div.class, spec -> spec.withId("dashboard-health-flow-chart"));
        var html = Jsoup.parseBodyFragment(chart.getElement().getProperty("innerHTML", ""));
        var months = html.select(".health-flow-month");
        assertThat(months).hasSize(6);
        var now = html.getElementById("dashboard-health-flow-" + running);
        assertThat(now.select(".health-flow-stack").attr("title")).endsWith(": 10 members");
        assertThat(now.select(".health-flow-stack > span").eachAttr("title"))
                .containsExactly("Slipping: 1", "At risk: 8", "Champion: 1");
        assertThat(now.select(".health-flow-moves").text()).isEqualTo("+7 / −0");
        assertThat(now.select(".health-flow-label").text()).endsWith("(so far)");
        var last = html.getElementById("dashboard-health-flow-" + running.minusMonths(1));
        assertThat(last.select(".health-flow-stack > span").eachAttr("title")).containsExactly("At risk: 1",
                "Steady: 2");
        assertThat(last.select(".health-flow-moves").text()).isEqualTo("+2 / −1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-health-flow-as-of")).getText())
                .startsWith("As of ");

        Details table = _get(Details.class, spec -> spec.withId("dashboard-health-flow-details"));
        assertThat(table.getSummaryText()).isEqualTo("Moves as a table");
        table.setOpened(true);
        String rows = _get(Div.class, spec -> spec.withId("dashboard-health-flow-table")).getElement()
                .getOuterHTML();
        assertThat(Jsoup.parseBodyFragment(rows).select("tr").eachText()).contains(
                "Month From To Members", monthName(running.minusMonths(1)) + " Joined Steady 2",
                monthName(running.minusMonths(1)) + " At risk Left 1",
                monthName(running) + " (so far) Steady At risk 1");
    }

    @Test
    void theAtRiskListGivesReasonsANextStepAndALinkToActForStaff() {
        scoreMembers();
        login(tenant.operator());
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));

        assertThat(_get(Span.class, spec -> spec.withId("dashboard-at-risk-count")).getText())
                .isEqualTo("9 members at risk or slipping");
        List<ListItem> items = _find(ListItem.class, spec -> spec.withClasses("health-at-risk-item"));
        assertThat(items).hasSize(AtRiskPanel.PAGE);
        String cleo = items.get(0).getElement().getTextRecursively();
        assertThat(cleo).contains("Cleo Chen (cleo)", "Slipping", "warnings: 3", "Next step: Review their warnings");
        String bob = items.get(1).getElement().getTextRecursively();
        assertThat(bob).contains("Bob Li (bob)", "9 days in this segment",
                "silent 18 days; attended 0 of the last 4 activities", "Next step: Send a personal check-in");
        Anchor open = _get(Anchor.class, spec -> spec.withId("dashboard-at-risk-open-" + ids.get(1)));
        assertThat(open.getHref()).isEqualTo(MembersNavigation.memberPath(tenant.communityId(), ids.get(1)));
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-at-risk-all")).getHref())
                .isEqualTo(MembersNavigation.communityPath(tenant.communityId())
                        + "?segment=AT_RISK&segment=SLIPPING&sort=health");

        _click(_get(Button.class, spec -> spec.withId("dashboard-at-risk-more")));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("health-at-risk-item"))).hasSize(9);
        _assertNone(Button.class, spec -> spec.withId("dashboard-at-risk-more"));
    }

    @Test
    void clientsReadTheListWithoutALinkToAct() {
        scoreMembers();
        login(tenant.clientUser());
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));

        List<ListItem> items = _find(ListItem.class, spec -> spec.withClasses("health-at-risk-item"));
        assertThat(items.get(1).getElement().getTextRecursively()).contains("Bob Li", "Send a personal check-in")
                .doesNotContain("(bob)");
        _assertNone(Anchor.class, spec -> spec.withId("dashboard-at-risk-open-" + ids.get(1)));
    }

    @Test
    void emptyStatesSayWhetherThereAreNoMembersNoScoresOrNoOneAtRisk() {
        login(tenant.admin());
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));
        assertThat(emptyText("dashboard-health-flow-empty")).isEqualTo("This community has no members yet.");
        assertThat(emptyText("dashboard-at-risk-empty")).isEqualTo("This community has no members yet.");
        _assertNone(Div.class, spec -> spec.withId("dashboard-health-flow-chart"));

        List<UUID> joined = members.add(tenant.tenantId(), tenant.communityId(),
                List.of(Spec.of("Fresh One", "fresh", JOINED)));
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.unassignedCommunityId()));
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));
        assertThat(emptyText("dashboard-health-flow-empty"))
                .isEqualTo("No scores yet: health is computed daily, so the first scores appear tomorrow.");
        assertThat(emptyText("dashboard-at-risk-empty"))
                .isEqualTo("No scores yet: health is computed daily, so the first scores appear tomorrow.");

        health.score(tenant.tenantId(), joined.getFirst(), running, Score.of(80, STEADY));
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.unassignedCommunityId()));
        UI.getCurrent().navigate(DashboardViewTest.dashboard(tenant.communityId()));
        assertThat(emptyText("dashboard-at-risk-empty")).isEqualTo("No one is at risk or slipping.");
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-at-risk-count")).getText())
                .isEqualTo("0 members at risk or slipping");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-health-flow-chart")).isVisible()).isTrue();
        _assertNone(Anchor.class, spec -> spec.withId("dashboard-at-risk-all"));
    }

    private static String emptyText(String id) {
        Div empty = _get(Div.class, spec -> spec.withId(id));
        assertThat(empty.isVisible()).as("%s shown", id).isTrue();
        return CardMarkup.text(empty);
    }

    private static String monthName(YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH).format(month);
    }
}
