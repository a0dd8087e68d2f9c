package app.communityops.members;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The members grid by health: the order, deep pages past bookmarks, the segment and score filters, and the count. */
@IntegrationTest
class MemberGridHealthTest {

    private static final int MEMBERS = 2_345;
    /** PostgreSQL orders uuids by their bytes, unsigned, which is the order of their text. */
    private static final Comparator<UUID> AS_POSTGRESQL = Comparator.comparing(UUID::toString);

    @Autowired TestTenants tenants;
    @Autowired MemberTestData data;
    @Autowired MembershipQueryService queries;
    @Autowired MemberGridQueries grid;
    @Autowired JdbcTemplate jdbc;

    Fixture tenant;
    MemberFilter all;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        data.addMany(tenant.tenantId(), tenant.communityId(), MEMBERS, 7);
        data.inTenant(tenant.tenantId(), () -> {
            MemberHealthTestData.bulkScores(jdbc, tenant.communityId(), YearMonth.now());
            // About a third not scored yet: they come last in both directions.
            return jdbc.update("delete from member_health where get_byte(uuid_send(membership_id), 15) % 3 = 0");
        });
        all = MemberFilter.all(tenant.communityId());
    }

    @Test
    void byHealthScoredMembersComeInScoreOrderThenTheUnscoredByIdInBothDirections() {
        for (boolean descending : new boolean[] {false, true}) {
            MemberSort sort = new MemberSort(MemberSortField.HEALTH, descending);
            List<MemberRow> everyone = everything(all, sort);
            assertThat(everyone).hasSize(MEMBERS);
            long scored = everyone.stream().filter(row -> row.score() != null).count();
            assertThat(scored).isBetween(1_400L, 1_700L);
            assertThat(everyone.subList(0, (int) scored)).allSatisfy(row -> assertThat(row.segment()).isNotNull())
                    .isSortedAccordingTo(byScore(descending));
            assertThat(everyone.subList((int) scored, MEMBERS)).allSatisfy(row -> assertThat(row.score()).isNull())
                    .extracting(MemberRow::membershipId).isSortedAccordingTo(descending ? AS_POSTGRESQL.reversed()
                            : AS_POSTGRESQL);
        }
    }

    @Test
    void pagesByHealthEqualTheWholeOrderAtAnyDepth() {
        for (boolean descending : new boolean[] {false, true}) {
            MemberSort sort = new MemberSort(MemberSortField.HEALTH, descending);
            List<UUID> order = ids(everything(all, sort));
            for (int offset : new int[] {0, 40, 999, 1000, 1001, 1550, 1999, 2000, 2001, 2300, 2340}) {
                assertThat(ids(page(all, sort, offset, 50))).as("%s at %d", sort, offset)
                        .containsExactlyElementsOf(order.subList(offset, Math.min(offset + 50, MEMBERS)));
            }
            assertThat(page(all, sort, MEMBERS, 50)).isEmpty();
        }
        SqlQuery deep = SignedIn.as(tenant.admin(), () -> data.inTenant(tenant.tenantId(),
                () -> grid.plan(all, new MemberSort(MemberSortField.HEALTH, false), 1_200, 50)));
        // "is not null" makes the health join an inner one for the planner, so each segment's run of the index gives
        // order and seek.
        assertThat(deep.sql()).as("a deep page seeks in each segment's run of the segment index")
                .containsAnyOf("h.score is not null and h.segment = ? and (h.score, h.membership_id) > (?, ?)",
                        "h.score is null and m.id > ?");
    }

    @Test
    void segmentAndScoreFiltersKeepOnlyScoredMembersInThem() {
        List<MemberRow> everyone = everything(all, MemberSort.BY_NAME);
        MemberFilter atRisk = all.withSegments(Set.of(HealthSegment.AT_RISK, HealthSegment.SLIPPING));
        List<MemberRow> expected = everyone.stream().filter(row -> row.segment() == HealthSegment.AT_RISK
                || row.segment() == HealthSegment.SLIPPING).toList();
        assertThat(count(atRisk)).isEqualTo(expected.size()).isPositive();
        assertThat(ids(everything(atRisk, new MemberSort(MemberSortField.HEALTH, false))))
                .containsExactlyInAnyOrderElementsOf(ids(expected));
        assertThat(page(atRisk, new MemberSort(MemberSortField.HEALTH, false), 0, 50))
                .allSatisfy(row -> assertThat(row.segment()).isIn(HealthSegment.AT_RISK, HealthSegment.SLIPPING));

        MemberFilter range = all.withScore(30, 45);
        assertThat(everything(range, MemberSort.BY_NAME)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.score()).isBetween(30, 45))
                .hasSize((int) everyone.stream().filter(row -> row.score() != null && row.score() >= 30
                        && row.score() <= 45).count());
        assertThat(count(all.withSegments(Set.of(HealthSegment.DORMANT)).withScore(50, 100))).isZero();
        for (int offset : new int[] {0, 1000, 1100}) {
            MemberFilter scored = all.withScore(0, 100);
            MemberSort sort = new MemberSort(MemberSortField.HEALTH, true);
            List<UUID> order = ids(everything(scored, sort));
            assertThat(ids(page(scored, sort, offset, 50))).as("scored at %d", offset)
                    .containsExactlyElementsOf(order.subList(Math.min(offset, order.size()),
                            Math.min(offset + 50, order.size())));
        }
    }

    private static Comparator<MemberRow> byScore(boolean descending) {
        Comparator<MemberRow> ascending = Comparator.comparing((MemberRow row) -> Objects.requireNonNull(row.score()))
                .thenComparing(MemberRow::membershipId, AS_POSTGRESQL);
        return descending ? ascending.reversed() : ascending;
    }

    private List<MemberRow> everything(MemberFilter filter, MemberSort sort) {
        List<MemberRow> rows = new ArrayList<>();
        SignedIn.run(tenant.admin(), () -> data.inTenant(tenant.tenantId(), () -> {
            queries.forEachRow(filter, sort, rows::add);
            return null;
        }));
        return rows;
    }

    private List<MemberRow> page(MemberFilter filter, MemberSort sort, int offset, int limit) {
        return SignedIn.as(tenant.admin(), () -> queries.page(filter, sort, offset, limit));
    }

    private long count(MemberFilter filter) {
        return SignedIn.as(tenant.admin(), () -> queries.count(filter));
    }

    private static List<UUID> ids(List<MemberRow> rows) {
        return rows.stream().map(MemberRow::membershipId).toList();
    }
}
