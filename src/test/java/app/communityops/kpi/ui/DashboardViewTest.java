package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.FunnelStageKind;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.TargetService;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends KaribuTest {

    @Autowired DashboardTestData members;
    @Autowired KpiTestData data;
    @Autowired TargetService targets;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertCommunityPageGuarded(DashboardViewTest::dashboard, tenant);
        assertNotFound(dashboard(tenant.communityId()), tenant.otherOperator());
        assertNotFound("communities/not-an-id/dashboard", tenant.admin());
    }

    @Test
    void aCommunityWithMembersShowsCardsByAreaAndItsCharts() {
        members.joinedToday(tenant, tenant.communityId(), 3);
        LocalDate today = members.today(tenant);
        SignedIn.run(tenant.operator(), () -> targets.set(tenant.communityId(), KpiPeriod.of(PeriodKind.MONTH, today),
                Kpi.MEMBERS_NEW, new BigDecimal("6"), -1));
        login(tenant.operator());
        UI.getCurrent().navigate(dashboard(tenant.communityId()));

        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Dashboard: Community ");
        assertThat(text("dashboard-value-MEMBERS_TOTAL")).isEqualTo("3");
        assertThat(text("dashboard-value-MEMBERS_NEW")).isEqualTo("3");
        assertThat(text("dashboard-target-MEMBERS_NEW")).isEqualTo("Target 6");
        KpiPeriod month = KpiPeriod.of(PeriodKind.MONTH, today);
        if (month.runningOn(today)) {
            // 3 joins by today against a target of 6 for the month is ahead of pace: no "below target" early on.
            assertThat(text("dashboard-status-MEMBERS_NEW")).isEqualTo("On target");
            assertThat(text("dashboard-summary-GREEN")).isEqualTo("1 on target");
            assertThat(text("dashboard-pace-MEMBERS_NEW")).startsWith("By now ").endsWith("on pace for "
                    + Math.round(3.0 * month.days() / month.elapsedDays(today)));
        } else {
            assertThat(text("dashboard-status-MEMBERS_NEW")).isEqualTo("Below target");
            assertThat(text("dashboard-summary-RED")).isEqualTo("1 below target");
        }
        assertThat(text("dashboard-change-MEMBERS_NEW")).isEqualTo("No comparison");
        assertThat(text("dashboard-change-MEMBERS_NEW")).isEqualTo("No comparison");
        assertThat(CardMarkup.find("dashboard-status-MEMBERS_TOTAL")).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-area-CUSTOM")).getElement().toString())
                .contains("dashboard-card-MEMBERS_TOTAL", "dashboard-card-SCREENING_PASS_RATE");
        org.jsoup.nodes.Element churn = CardMarkup.get("dashboard-name-CHURN_RATE");
        assertThat(churn.text()).isEqualTo("Churn rate");
        assertThat(churn.attr("tabindex")).isEqualTo("0");
        assertThat(churn.attr("aria-description")).contains("Lower is better");
        org.jsoup.nodes.Element tooltip = Objects.requireNonNull(churn.nextElementSibling());
        assertThat(tooltip.tagName()).isEqualTo("vaadin-tooltip");
        assertThat(tooltip.attr("for")).isEqualTo("dashboard-name-CHURN_RATE");
        assertThat(tooltip.attr("text")).isEqualTo(churn.attr("aria-description"));
        org.jsoup.nodes.Element spark = CardMarkup.get("dashboard-spark-MEMBERS_TOTAL-canvas");
        assertThat(spark.attr("role")).isEqualTo("img");
        assertThat(spark.attr("aria-label")).isEqualTo("Members, day by day");
        assertThat(CardMarkup.find("dashboard-spark-ARPU")).isEmpty();

        ChartSpec funnel = chart("dashboard-funnel");
        assertThat(funnel.isEmpty()).isFalse();
        assertThat(funnel.table()).contains(List.of("Joined", "3"));
        @SuppressWarnings("unchecked")
        Grid<app.communityops.kpi.Funnel.Step> steps = _get(Grid.class, spec -> spec.withId("dashboard-funnel-steps"));
        assertThat(GridKt._get(steps, 1).stage()).isEqualTo(FunnelStageKind.JOINED);
        assertThat(chart("dashboard-channels").table().get(1)).startsWith("No channel recorded");
        assertThat(chart("dashboard-cohorts").kind()).isEqualTo(ChartSpec.Kind.HEATMAP);

        Select<Kpi> series = select("dashboard-series-kpi");
        assertThat(series.getValue()).isEqualTo(Kpi.DAU);
        series.setValue(Kpi.MEMBERS_NEW);
        List<List<String>> table = chart("dashboard-series").table();
        assertThat(table.getFirst()).containsExactly("Day", "New members", "Target");
        assertThat(table.getLast()).containsExactly(today.toString(), "3", "6");

        _click(_get(Button.class, spec -> spec.withId("link-manage")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("communities/" + tenant.communityId() + "/manage");
        _click(_get(Button.class, spec -> spec.withId("link-dashboard")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void eachKpiCardIsOneStateTreeNode() {
        members.joinedToday(tenant, tenant.communityId(), 3);
        login(tenant.operator());
        UI.getCurrent().navigate(dashboard(tenant.communityId()));

        List<KpiCard> cards = _find(KpiCard.class);
        assertThat(cards).hasSizeGreaterThan(15);
        for (KpiCard card : cards) {
            AtomicInteger nodes = new AtomicInteger();
            card.getElement().getNode().visitNodeTree(node -> nodes.incrementAndGet());
            assertThat(nodes).as(card.getId().orElseThrow()).hasValue(1);
        }
    }

    /** Where a KPI shows is its own declaration: a card in its area, or none, and the series picker's days. */
    @Test
    void everyKpiShowsWhereItsCatalogueEntrySays() {
        members.joinedToday(tenant, tenant.communityId(), 3);
        login(tenant.operator());
        UI.getCurrent().navigate(dashboard(tenant.communityId()));

        for (Kpi kpi : Kpi.values()) {
            String area = _get(Div.class, spec -> spec.withId("dashboard-area-" + kpi.area().name())).getElement()
                    .toString();
            assertThat(area.contains("dashboard-card-" + kpi.name() + "\""))
                    .as("card of %s in %s", kpi, kpi.area()).isEqualTo(kpi.card() == Kpi.Card.SHOWN);
        }
        assertThat(_find(KpiCard.class)).hasSize((int) java.util.Arrays.stream(Kpi.values())
                .filter(kpi -> kpi.card() == Kpi.Card.SHOWN).count());
        assertThat(this.<Kpi>select("dashboard-series-kpi").getListDataView().getItems().toList())
                .containsExactlyInAnyOrderElementsOf(Kpi.withDailySeries());
    }

    @Test
    void choosingAnotherPeriodRedrawsTheBoard() {
        members.joinedToday(tenant, tenant.communityId(), 2);
        login(tenant.clientUser());
        UI.getCurrent().navigate(dashboard(tenant.communityId()));
        assertThat(text("dashboard-value-MEMBERS_NEW")).isEqualTo("2");

        Select<KpiPeriod> period = select("dashboard-period");
        KpiPeriod before = period.getListDataView().getItem(1);
        period.setValue(before);
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-empty")).isVisible()).isTrue();
        _assertNone(Div.class, spec -> spec.withId("dashboard-card-MEMBERS_NEW"));

        Select<PeriodKind> kind = select("dashboard-period-kind");
        kind.setValue(PeriodKind.QUARTER);
        assertThat(period.getValue()).isEqualTo(KpiPeriod.of(PeriodKind.QUARTER, members.today(tenant)));
        assertThat(text("dashboard-value-MEMBERS_NEW")).isEqualTo("2");
    }

    @Test
    void aCommunityWithoutDataSaysSo() {
        login(tenant.admin());
        UI.getCurrent().navigate(dashboard(tenant.unassignedCommunityId()));
        Div empty = _get(Div.class, spec -> spec.withId("dashboard-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(CardMarkup.text(empty)).startsWith("No figures for this period yet.KPIs fill in as members join");
        _assertNone(Div.class, spec -> spec.withId("dashboard-card-MEMBERS_TOTAL"));
        _assertNone(EChart.class, spec -> spec.withId("dashboard-funnel"));
        assertThat(_get(Button.class, spec -> spec.withId("link-report")).isVisible()).isTrue();

        // The report is the report module's page; the dashboard learns its address from that module.
        _click(_get(Button.class, spec -> spec.withId("link-report")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("communities/" + tenant.unassignedCommunityId() + "/report");
    }

    @Test
    void clientUsersReadTheirOwnCommunitysDashboard() {
        members.joinedToday(tenant, tenant.unassignedCommunityId(), 1);
        login(tenant.clientUser());
        UI.getCurrent().navigate(dashboard(tenant.unassignedCommunityId()));
        assertThat(text("dashboard-value-MEMBERS_TOTAL")).isEqualTo("1");
        assertThat(text("dashboard-title")).startsWith("Unassigned ");
    }

    private static ChartSpec chart(String id) {
        return Objects.requireNonNull(_get(EChart.class, spec -> spec.withId(id)).getSpec());
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    /** The text shown by the element with this id: a component, or an element of a KPI card's markup. */
    private static String text(String id) {
        return CardMarkup.find(id).map(org.jsoup.nodes.Element::text).orElseGet(() ->
                _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively());
    }

    static String dashboard(UUID community) {
        return "communities/" + community + "/dashboard";
    }
}
