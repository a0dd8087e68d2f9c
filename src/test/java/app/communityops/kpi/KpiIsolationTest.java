package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Canvas, targets, thresholds and rollups belong to one tenant: another tenant sees and changes none of them,
 * through the services or raw SQL under its own setting; client users only read their client's communities and
 * unassigned operators reach nothing.
 */
@IntegrationTest
class KpiIsolationTest {

    private static final List<String> TABLES = List.of("kpi_canvas", "kpi_setting", "kpi_target", "kpi_member_day",
            "kpi_daily", "kpi_rollup_state", "kpi_member_flow");
    private static final KpiPeriod PERIOD = KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 3, 1));

    @Autowired TestTenants tenants;
    @Autowired KpiTestData data;
    @Autowired CanvasService canvases;
    @Autowired TargetService targets;
    @Autowired KpiService kpis;
    @Autowired FunnelService funnels;
    @Autowired RollupService rollups;

    Fixture a;
    Fixture b;
    TargetLine target;

    @BeforeEach
    void setUp() {
        a = tenants.create();
        b = tenants.create();
        CanvasForm form = new CanvasForm();
        form.setCoreGoal("Sell the bootcamp");
        SignedIn.run(a.operator(), () -> canvases.save(a.communityId(), -1, form));
        target = SignedIn.as(a.operator(), () -> targets.set(a.communityId(), PERIOD, Kpi.MAU, BigDecimal.TEN, -1));
        SignedIn.run(a.admin(), () -> targets.setThresholds(new BigDecimal("100"), new BigDecimal("80")));
        UUID[] member = data.member(a, a.communityId(), "active");
        data.history(a, a.communityId(), member[1], "JOINED", java.time.Instant.parse("2026-03-02T02:00:00Z"));
        SignedIn.run(a.admin(), rollups::rebuild);
        data.activeDay(a, a.communityId(), member[0], LocalDate.of(2026, 3, 3));
    }

    @Test
    void staffSaveTheCanvasWithOptimisticLocking() {
        CanvasDetails saved = SignedIn.as(a.admin(), () -> canvases.find(a.communityId()));
        assertThat(saved.coreGoal()).isEqualTo("Sell the bootcamp");
        assertThat(saved.activationDays()).isEqualTo(7);
        CanvasForm form = CanvasForm.of(saved);
        form.setActivationDays(14);
        form.setActivationTypes(Set.of("CHECK_IN"));
        CanvasDetails changed = SignedIn.as(a.admin(), () -> canvases.save(a.communityId(), saved.version(), form));
        assertThat(changed.activationDays()).isEqualTo(14);
        assertThat(changed.activationTypes()).containsExactly("CHECK_IN");
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> canvases.save(a.communityId(), saved.version(), form)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> canvases.save(a.communityId(), -1, form)))
                .isInstanceOf(ConcurrentEditException.class);
        form.setActivationTypes(Set.of("SHOUTING"));
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> canvases.save(a.communityId(), changed.version(),
                form))).hasMessageContaining("kpi.canvas.error.activationTypes");
    }

    @Test
    void targetsAreSetOncePerKpiAndPeriodAndVersioned() {
        assertThat(SignedIn.as(a.clientUser(), () -> targets.targets(a.communityId(), PERIOD)))
                .extracting(TargetLine::kpi, TargetLine::target).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kpi.MAU, new BigDecimal("10.00")));
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> targets.set(a.communityId(), PERIOD, Kpi.MAU,
                BigDecimal.ONE, -1))).isInstanceOf(ConcurrentEditException.class);
        TargetLine changed = SignedIn.as(a.operator(), () -> targets.set(a.communityId(), PERIOD, Kpi.MAU,
                BigDecimal.ONE, target.version()));
        assertThat(changed.target()).isEqualByComparingTo("1");
        assertThat(SignedIn.as(a.operator(), () -> targets.targets(a.communityId(), PERIOD.next()))).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(a.operator(), () -> targets.set(a.communityId(), PERIOD, Kpi.DAU,
                new BigDecimal("-1"), -1))).hasMessageContaining("kpi.target.error.value");
        assertThat(SignedIn.as(a.clientUser(), () -> targets.thresholds()).amberPercent()).isEqualByComparingTo("80");
        assertThatThrownBy(() -> SignedIn.as(a.admin(), () -> targets.setThresholds(BigDecimal.TEN, BigDecimal.ONE
                .add(BigDecimal.TEN)))).hasMessageContaining("kpi.thresholds.error");
    }

    @Test
    void anotherTenantsServicesFindNothing() {
        SignedIn.run(b.admin(), () -> {
            assertThatThrownBy(() -> canvases.find(a.communityId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> targets.targets(a.communityId(), PERIOD)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> targets.set(a.communityId(), PERIOD, Kpi.DAU, BigDecimal.ONE, -1))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> targets.remove(a.communityId(), target.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> kpis.series(a.communityId(), Kpi.DAU, PERIOD.start(), PERIOD.last()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> kpis.cohorts(a.communityId(), 6)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> funnels.funnel(a.communityId(), PERIOD)).isInstanceOf(NotFoundException.class);
            assertThat(targets.thresholds()).isEqualTo(Thresholds.DEFAULT);
            assertThat(rollups.rebuild().days()).isZero();
            assertThat(kpis.overview(PERIOD, List.of(Kpi.MEMBERS_TOTAL)).rows())
                    .noneMatch(row -> row.communityId().equals(a.communityId()));
        });
        assertThat(SignedIn.as(b.operator(), () -> targets.targets(b.communityId(), PERIOD))).isEmpty();
        assertThat(data.column(a, "select count(*) from kpi_daily", Long.class)).as("B's rebuild left A's rollups")
                .containsExactly(1L);
    }

    @Test
    void rawSqlUnderAnotherTenantsSettingSeesAndChangesNothing() {
        for (String table : TABLES) {
            assertThat(data.column(a, "select count(*) from " + table, Long.class).getFirst())
                    .as("A sees its own %s", table).isPositive();
            assertThat(data.column(b, "select count(*) from " + table, Long.class)).as("B sees none of %s", table)
                    .containsExactly(0L);
            assertThat(data.sql(b, "update " + table + " set version = version + 1")).as("B changes %s", table)
                    .isZero();
            assertThat(data.sql(b, "delete from " + table)).as("B deletes %s", table).isZero();
        }
        assertThatThrownBy(() -> data.sql(b, """
                insert into kpi_daily (tenant_id, community_id, day, active_members, events, message_posted, reply,
                    reaction, content_viewed, activity_attended, check_in, referral, custom)
                values (?, ?, date '2026-03-01', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)""", a.tenantId(), a.communityId()))
                .isInstanceOf(Exception.class);
        assertThatThrownBy(() -> data.sql(b, """
                insert into kpi_member_flow (tenant_id, community_id, day, joined, departed)
                values (?, ?, date '2026-03-01', 1, 0)""", a.tenantId(), a.communityId()))
                .isInstanceOf(Exception.class);
    }

    @Test
    void clientsReadTheirOwnCommunitiesOnlyAndUnassignedOperatorsNothing() {
        SignedIn.run(a.clientUser(), () -> {
            assertThat(canvases.find(a.communityId()).coreGoal()).isEqualTo("Sell the bootcamp");
            assertThatThrownBy(() -> canvases.save(a.communityId(), 0, new CanvasForm()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> targets.set(a.communityId(), PERIOD, Kpi.DAU, BigDecimal.ONE, -1))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> targets.setThresholds(BigDecimal.TEN, BigDecimal.ONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> canvases.find(a.otherClientCommunityId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> kpis.cohorts(a.otherClientCommunityId(), 3))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> funnels.funnel(a.otherClientCommunityId(), PERIOD))
                    .isInstanceOf(NotFoundException.class);
        });
        SignedIn.run(a.otherOperator(), () -> {
            assertThatThrownBy(() -> canvases.find(a.communityId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> targets.set(a.communityId(), PERIOD, Kpi.DAU, BigDecimal.ONE, -1))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> targets.setThresholds(BigDecimal.TEN, BigDecimal.ONE))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }
}
