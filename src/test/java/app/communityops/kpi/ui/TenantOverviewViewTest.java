package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.TenantOverview;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TenantOverviewViewTest extends KaribuTest {

    @Autowired DashboardTestData members;
    @Autowired KpiTestData data;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertSignInRequired("kpis/overview");
        assertDenied("kpis/overview", tenant.clientUser(), tenants.platformAdmin());
    }

    @Test
    void communitiesAreRankedWithTheMedianAndTheBestAcrossThem() {
        members.joinedToday(tenant, tenant.communityId(), 5);
        members.joinedToday(tenant, tenant.unassignedCommunityId(), 1);
        UUID[] leaving = members.joinedToday(tenant, tenant.otherClientCommunityId(), 3);
        UUID membership = data.column(tenant, "select id from membership where member_id = ?", UUID.class,
                leaving[0]).getFirst();
        data.history(tenant, tenant.otherClientCommunityId(), membership, "LEFT", Instant.now());
        login(tenant.admin());
        UI.getCurrent().navigate("kpis/overview");
        multiSelect().setValue(Set.of(Kpi.MEMBERS_TOTAL, Kpi.MEMBERS_LEFT));

        assertThat(rankBy().getValue()).isEqualTo(Kpi.MEMBERS_TOTAL);
        assertThat(ranking()).containsExactly(tenant.communityId(), tenant.otherClientCommunityId(),
                tenant.unassignedCommunityId());
        Grid<TenantOverview.Row> grid = grid();
        assertThat(grid.getFooterRows().get(0).getCell(grid.getColumnByKey("MEMBERS_TOTAL")).getText()).isEqualTo("2");
        assertThat(grid.getFooterRows().get(1).getCell(grid.getColumnByKey("MEMBERS_TOTAL")).getText()).isEqualTo("5");
        assertThat(value(tenant.communityId(), Kpi.MEMBERS_TOTAL).getClassNames()).contains("better");
        assertThat(value(tenant.otherClientCommunityId(), Kpi.MEMBERS_TOTAL).getClassNames()).contains("even");
        assertThat(value(tenant.unassignedCommunityId(), Kpi.MEMBERS_TOTAL).getClassNames()).contains("worse");
        // Fewer departures is better: the community nobody left is the best and better than the median.
        assertThat(value(tenant.otherClientCommunityId(), Kpi.MEMBERS_LEFT).getClassNames()).contains("worse");
        assertThat(grid.getFooterRows().get(1).getCell(grid.getColumnByKey("MEMBERS_LEFT")).getText()).isEqualTo("0");

        ChartSpec chart = Objects.requireNonNull(_get(EChart.class, spec -> spec.withId("overview-chart")).getSpec());
        assertThat(chart.table().getFirst()).containsExactly("Community", "Members", "Median");
        assertThat(chart.table().get(1)).containsExactly("Community " + tenant.name().substring(7), "5", "2");
        assertThat(_get(Anchor.class, spec -> spec.withId("overview-csv")).getHref()).isNotBlank();

        _click(_get(Button.class, spec -> spec.withId("overview-rank-MEMBERS_LEFT")));
        assertThat(rankBy().getValue()).isEqualTo(Kpi.MEMBERS_LEFT);
        assertThat(ranking().getLast()).isEqualTo(tenant.otherClientCommunityId());
    }

    @Test
    void anOperatorComparesTheAssignedCommunitiesOnly() {
        login(tenant.operator());
        UI.getCurrent().navigate("kpis/overview");
        assertThat(ranking()).containsExactly(tenant.communityId());
    }

    @Test
    void theTableAsCsvKeepsNumbersAndDefusesFormulas() {
        String csv = OverviewCsv.of(List.of(List.of("Rank", "Community"), List.of("1", "=cmd()"),
                List.of("-2.5", "A, B")));
        assertThat(csv).isEqualTo("\uFEFFRank,Community\r\n1,'=cmd()\r\n-2.5,\"A, B\"\r\n");
        assertThat(TenantOverviewView.side(Kpi.CHURN_RATE, new BigDecimal("3"), new BigDecimal("4")))
                .isEqualTo("better");
        assertThat(TenantOverviewView.side(Kpi.REVENUE, null, BigDecimal.ONE)).isEqualTo("none");
    }

    private List<UUID> ranking() {
        return GridKt._findAll(grid()).stream().map(TenantOverview.Row::communityId).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantOverview.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("overview-grid"));
    }

    private static Span value(UUID community, Kpi kpi) {
        return (Span) GridKt._getCellComponent(grid(), GridKt._findAll(grid()).stream()
                .map(TenantOverview.Row::communityId).toList().indexOf(community), kpi.name());
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Kpi> multiSelect() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("overview-kpis"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Kpi> rankBy() {
        return _get(Select.class, spec -> spec.withId("overview-rank"));
    }
}
