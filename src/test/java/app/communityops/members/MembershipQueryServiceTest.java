package app.communityops.members;

import static app.communityops.members.MembershipStatus.APPLIED;
import static app.communityops.members.MembershipStatus.ELIMINATED;
import static app.communityops.members.MembershipStatus.JOINED;
import static app.communityops.members.MembershipStatus.PENDING_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberTestData.Spec;
import app.communityops.screening.ScreeningMechanism;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MembershipQueryServiceTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData data;
    @Autowired
    MembershipQueryService queries;
    @Autowired
    MemberGridQueries grid;
    @Autowired
    MembershipService memberships;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Fixture tenant;
    UUID gold;
    UUID silver;
    UUID forum;
    UUID referral;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        gold = data.tier(tenant.tenantId(), "Gold", 3);
        silver = data.tier(tenant.tenantId(), "Silver", 2);
        forum = data.channel(tenant.tenantId(), "Forum");
        referral = data.channel(tenant.tenantId(), "Referral");
    }

    @Test
    void eachFilterNarrowsTheCommunity() {
        data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Alice Wang", "alice", JOINED).tags("vip", "产品").mechanisms(ScreeningMechanism.PAID_ENTRY)
                        .channel(forum).tier(gold)
                        .dates(at("2026-01-01T10:00:00Z"), at("2026-03-05T23:30:00Z"), at("2026-04-01T00:00:00Z")),
                Spec.of("Bob Li", "bob_li", PENDING_REVIEW).tags("newbie")
                        .mechanisms(ScreeningMechanism.CONDITION_REVIEW, ScreeningMechanism.PAID_ENTRY)
                        .channel(referral).tier(silver),
                Spec.of("张伟", "zhangwei", JOINED).tags("运营").mechanisms(ScreeningMechanism.INVITATION_CODE)
                        .channel(forum)
                        .dates(at("2026-01-02T10:00:00Z"), at("2026-03-07T01:00:00Z"), null),
                Spec.of("100% Carol", "carol", ELIMINATED),
                Spec.of("Dave", "dave", APPLIED)));
        data.add(tenant.tenantId(), tenant.unassignedCommunityId(), List.of(Spec.of("Alice Elsewhere", "alice2", JOINED)));
        MemberFilter all = MemberFilter.all(tenant.communityId());

        assertThat(names(all)).containsExactly("100% Carol", "Alice Wang", "Bob Li", "Dave", "张伟");
        assertThat(names(all.withStatuses(Set.of(JOINED)))).containsExactly("Alice Wang", "张伟");
        assertThat(names(all.withStatuses(Set.of(JOINED, APPLIED)))).containsExactly("Alice Wang", "Dave", "张伟");
        assertThat(names(all.withMechanisms(Set.of(ScreeningMechanism.PAID_ENTRY.name()))))
                .containsExactly("Alice Wang", "Bob Li");
        assertThat(names(all.withMechanisms(Set.of(ScreeningMechanism.INVITATION_CODE.name(),
                ScreeningMechanism.CONDITION_REVIEW.name()))))
                .containsExactly("Bob Li", "张伟");
        assertThat(names(all.withChannels(Set.of(forum)))).containsExactly("Alice Wang", "张伟");
        assertThat(names(all.withTiers(Set.of(gold, silver)))).containsExactly("Alice Wang", "Bob Li");
        assertThat(names(all.withTags(Set.of("产品", "newbie")))).containsExactly("Alice Wang", "Bob Li");
        assertThat(names(all.withText("WANG"))).containsExactly("Alice Wang");
        assertThat(names(all.withText("张"))).containsExactly("张伟");
        assertThat(names(all.withText("b_li"))).as("underscore is literal").containsExactly("Bob Li");
        assertThat(names(all.withText("_"))).containsExactly("Bob Li");
        assertThat(names(all.withText("%"))).as("percent is literal").containsExactly("100% Carol");
        assertThat(names(all.withJoined(LocalDate.parse("2026-03-06"), null))).containsExactly("张伟");
        assertThat(names(all.withJoined(null, LocalDate.parse("2026-03-05")))).containsExactly("Alice Wang");
        assertThat(names(all.withJoined(LocalDate.parse("2026-03-06"), null).withZone(ZoneId.of("Asia/Shanghai"))))
                .as("23:30 UTC on the 5th is the 6th in Shanghai").containsExactly("Alice Wang", "张伟");
        assertThat(names(all.withStatuses(Set.of(JOINED)).withChannels(Set.of(forum)).withText("alice")))
                .containsExactly("Alice Wang");

        MemberRow alice = page(all.withText("alice"), MemberSort.BY_NAME, 0, 10).getFirst();
        assertThat(alice.handle()).isEqualTo("alice");
        assertThat(alice.tags()).containsExactlyInAnyOrder("vip", "产品");
        assertThat(alice.mechanisms()).containsExactly(ScreeningMechanism.PAID_ENTRY.name());
        assertThat(alice.channelId()).isEqualTo(forum);
        assertThat(alice.tierId()).isEqualTo(gold);
        assertThat(alice.joinedAt()).isEqualTo(at("2026-03-05T23:30:00Z"));
        assertThat(count(all.withStatuses(Set.of(JOINED)))).isEqualTo(2);
    }

    @Test
    void sortsByEveryColumnBothWays() {
        data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("B", "h3", JOINED).dates(at("2026-01-03T00:00:00Z"), at("2026-02-01T00:00:00Z"), null)
                        .warnings(2),
                Spec.of("A", "h2", JOINED).dates(at("2026-01-01T00:00:00Z"), at("2026-02-03T00:00:00Z"),
                        at("2026-05-01T00:00:00Z")),
                Spec.of("C", "h1", APPLIED).dates(at("2026-01-02T00:00:00Z"), null, null).warnings(1)));
        MemberFilter all = MemberFilter.all(tenant.communityId());

        assertThat(names(all, MemberSortField.NAME, false)).containsExactly("A", "B", "C");
        assertThat(names(all, MemberSortField.NAME, true)).containsExactly("C", "B", "A");
        assertThat(names(all, MemberSortField.HANDLE, false)).containsExactly("C", "A", "B");
        assertThat(names(all, MemberSortField.APPLIED, false)).containsExactly("A", "C", "B");
        assertThat(names(all, MemberSortField.APPLIED, true)).containsExactly("B", "C", "A");
        assertThat(names(all, MemberSortField.JOINED, false)).as("never joined comes last").containsExactly("B", "A", "C");
        assertThat(names(all, MemberSortField.JOINED, true)).containsExactly("C", "A", "B");
        // B and C were never active: a tie, broken by their ids, which were drawn at random within one millisecond.
        assertThat(names(all, MemberSortField.ACTIVE, false)).startsWith("A").containsExactlyInAnyOrder("A", "B", "C");
        assertThat(names(all, MemberSortField.WARNINGS, true)).containsExactly("B", "C", "A");
    }

    @Test
    void deepPagesSeekingPastBookmarksEqualOffsetPagesIncludingTies() {
        data.addMany(tenant.tenantId(), tenant.communityId(), 2_345, 7);
        MemberFilter joined = MemberFilter.all(tenant.communityId()).withStatuses(Set.of(JOINED));
        for (MemberSort sort : List.of(MemberSort.BY_NAME, new MemberSort(MemberSortField.NAME, true),
                new MemberSort(MemberSortField.HANDLE, false), new MemberSort(MemberSortField.APPLIED, true))) {
            for (int offset : new int[] {999, 1000, 1001, 1999, 2000, 2001, 2300, 2340}) {
                List<MemberRow> seeked = page(joined, sort, offset, 50);
                List<MemberRow> counted = data.inTenant(tenant.tenantId(),
                        () -> grid.rowsByOffset(joined, sort, offset, 50));
                assertThat(seeked).as("%s at %d", sort, offset).isNotEmpty()
                        .extracting(MemberRow::membershipId).containsExactlyElementsOf(
                                counted.stream().map(MemberRow::membershipId).toList());
            }
        }
        assertThat(page(joined, MemberSort.BY_NAME, 2_345, 50)).isEmpty();
        SqlQuery deep = SignedIn.as(tenant.admin(), () -> data.inTenant(tenant.tenantId(),
                () -> grid.plan(joined, MemberSort.BY_NAME, 2_100, 50)));
        assertThat(deep.sql()).as("a deep page seeks, then skips less than one interval").contains("(m.member_name, m.id) > (?, ?)");
        assertThat(deep.args()).endsWith(50, 100);
    }

    @Test
    void deepPagesByJoinedAndLastActiveSeekPastBookmarksAcrossEmptyValues() {
        data.addMany(tenant.tenantId(), tenant.communityId(), 2_345, 7);
        // About half never joined and half never active, so bookmarks fall among the empty values in both
        // directions (they sort last ascending and first descending) as well as among the dated ones.
        data.inTenant(tenant.tenantId(), () -> jdbc.update("""
                update membership
                set joined_at = case when get_byte(uuid_send(id), 15) % 2 = 0 then null else joined_at end,
                    last_active_at = case when get_byte(uuid_send(id), 14) % 2 = 0 then null
                                          else timestamptz '2026-03-01' + (get_byte(uuid_send(id), 13) || ' hours')::interval end
                where community_id = ?""", tenant.communityId()));
        MemberFilter all = MemberFilter.all(tenant.communityId());
        for (MemberSortField field : List.of(MemberSortField.JOINED, MemberSortField.ACTIVE)) {
            for (boolean descending : new boolean[] {false, true}) {
                MemberSort sort = new MemberSort(field, descending);
                for (int offset : new int[] {1000, 1001, 1100, 1990, 2000, 2001, 2300, 2340}) {
                    assertThat(ids(page(all, sort, offset, 50))).as("%s at %d", sort, offset)
                            .isNotEmpty().containsExactlyElementsOf(ids(data.inTenant(tenant.tenantId(),
                                    () -> grid.rowsByOffset(all, sort, offset, 50))));
                }
                assertThat(page(all, sort, 2_345, 50)).isEmpty();
            }
        }
        SqlQuery deep = SignedIn.as(tenant.admin(), () -> data.inTenant(tenant.tenantId(),
                () -> grid.plan(all, new MemberSort(MemberSortField.JOINED, true), 1_500, 50)));
        assertThat(deep.sql()).as("a deep page seeks, then skips less than one interval")
                .containsAnyOf("(m.joined_at, m.id) < (?, ?)", "m.joined_at is null and m.id < ?");
        assertThat(deep.args()).endsWith(50, 500);
    }

    @Test
    void narrowedSearchesAndTagFiltersReadWhatScanningTheCommunityReads() {
        data.addMany(tenant.tenantId(), tenant.communityId(), 2_345, 7);
        data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of("Name 3 Tagged", "tagged-1", JOINED).tags("mentor", "vip"),
                Spec.of("Tagged Two", "tagged-2", PENDING_REVIEW).tags("mentor"),
                Spec.of("Ng", "tagged-3", JOINED).tags("vip")));
        MemberFilter all = MemberFilter.all(tenant.communityId());
        List<MemberFilter> filters = List.of(all.withText("Name 3"), all.withText("name 3").withStatuses(Set.of(JOINED)),
                all.withText("bulk"), all.withText("Tagged").withTextInHandles(false), all.withText("Ng"),
                all.withTags(Set.of("mentor")), all.withTags(Set.of("mentor", "vip")).withText("tag"),
                all.withText("no such name"));
        List<MemberSort> sorts = List.of(MemberSort.BY_NAME, new MemberSort(MemberSortField.JOINED, true),
                new MemberSort(MemberSortField.WARNINGS, false));
        for (MemberFilter filter : filters) {
            long scanned = data.inTenant(tenant.tenantId(), () -> {
                SqlQuery count = MemberGridSql.count(MemberGridSql.Scope.of(filter), MembershipQueryService.COUNT_CAP + 1);
                return jdbc.query(count.sql(), count.setter(), rs -> rs.next() ? rs.getLong(1) : -1L);
            });
            assertThat(count(filter)).as("count of %s", filter).isEqualTo(scanned);
            for (MemberSort sort : sorts) {
                for (int offset : new int[] {0, 100, 1_000, 2_300}) {
                    assertThat(ids(page(filter, sort, offset, 50))).as("%s, %s at %d", filter, sort, offset)
                            .containsExactlyElementsOf(ids(data.inTenant(tenant.tenantId(),
                                    () -> grid.rowsByOffset(filter, sort, offset, 50))));
                }
            }
        }
        assertThat(data.inTenant(tenant.tenantId(), () -> grid.matches(all.withText("Name 3"), 2_000)))
                .as("a text with a trigram is narrowed").hasSize(336);
        assertThat(data.inTenant(tenant.tenantId(), () -> grid.matches(all.withText("bulk"), 2_000)))
                .as("too many matches to narrow a first page").isNull();
        assertThat(data.inTenant(tenant.tenantId(), () -> grid.matches(all.withText("Ng"), 2_000)))
                .as("two characters have no trigram").isNull();
    }

    @Test
    void bookmarksFollowWritesToTheCommunity() {
        data.addMany(tenant.tenantId(), tenant.communityId(), 1_500, 3);
        MemberFilter joined = MemberFilter.all(tenant.communityId()).withStatuses(Set.of(JOINED));
        List<MemberRow> before = page(joined, MemberSort.BY_NAME, 1_200, 5);
        UUID first = page(joined, MemberSort.BY_NAME, 0, 1).getFirst().membershipId();

        SignedIn.run(tenant.admin(), () -> memberships.eliminate(first, "spam", null));

        List<MemberRow> after = page(joined, MemberSort.BY_NAME, 1_200, 5);
        assertThat(after.getFirst()).isEqualTo(before.get(1));
        assertThat(after).extracting(MemberRow::membershipId).containsExactlyElementsOf(data.inTenant(
                tenant.tenantId(), () -> grid.rowsByOffset(joined, MemberSort.BY_NAME, 1_200, 5))
                .stream().map(MemberRow::membershipId).toList());
    }

    @Test
    void everyMatchingRowStreamsInOrder() {
        data.addMany(tenant.tenantId(), tenant.communityId(), 2_500, 9);
        MemberFilter joined = MemberFilter.all(tenant.communityId()).withStatuses(Set.of(JOINED));
        List<UUID> streamed = new java.util.ArrayList<>();

        SignedIn.run(tenant.clientUser(), () -> queries.forEachRow(joined, MemberSort.BY_NAME,
                row -> streamed.add(row.membershipId())));

        assertThat(streamed).hasSize(2_500).doesNotHaveDuplicates();
        assertThat(streamed.subList(1_000, 1_050)).containsExactlyElementsOf(
                page(joined, MemberSort.BY_NAME, 1_000, 50).stream().map(MemberRow::membershipId).toList());
        assertThatThrownBy(() -> SignedIn.run(tenant.otherOperator(),
                () -> queries.forEachRow(joined, MemberSort.BY_NAME, row -> { })))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCountStopsAtTheCapAndHeaderCountsAreExact() {
        data.addMany(tenant.tenantId(), tenant.communityId(), 10_050, 50);
        data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Pending", "p1", PENDING_REVIEW),
                Spec.of("Pending two", "p2", PENDING_REVIEW), Spec.of("Applied", "a1", APPLIED)));
        MemberFilter all = MemberFilter.all(tenant.communityId());

        assertThat(count(all)).isEqualTo(MembershipQueryService.COUNT_CAP + 1);
        assertThat(count(all.withText("Pending"))).isEqualTo(2);
        MemberHeaderCounts header = SignedIn.as(tenant.operator(), () -> queries.headerCounts(tenant.communityId()));
        assertThat(header).isEqualTo(new MemberHeaderCounts(10_050, 2));
    }

    @Test
    void onlyReadersOfTheCommunityGetItsMembers() {
        data.add(tenant.tenantId(), tenant.communityId(), List.of(Spec.of("Alice", "alice", JOINED)));
        data.add(tenant.tenantId(), tenant.otherClientCommunityId(), List.of(Spec.of("Other", "other", JOINED)));
        MemberFilter assigned = MemberFilter.all(tenant.communityId());
        MemberFilter otherClients = MemberFilter.all(tenant.otherClientCommunityId());

        assertThat(SignedIn.as(tenant.operator(), () -> queries.page(assigned, MemberSort.BY_NAME, 0, 10))).hasSize(1);
        assertThat(SignedIn.as(tenant.clientUser(), () -> queries.page(assigned, MemberSort.BY_NAME, 0, 10))).hasSize(1);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> queries.page(assigned, MemberSort.BY_NAME, 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> queries.count(assigned)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> queries.page(otherClients, MemberSort.BY_NAME, 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> queries.headerCounts(tenant.otherClientCommunityId())))
                .isInstanceOf(NotFoundException.class);

        Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> queries.page(assigned, MemberSort.BY_NAME, 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.inTenant(other.tenantId(), () -> grid.rowsByOffset(assigned, MemberSort.BY_NAME, 0, 10)))
                .as("row-level security hides the rows even from a statement that names the community").isEmpty();
        assertThatThrownBy(() -> SignedIn.as(tenants.platformAdmin(), () -> queries.count(assigned)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static List<UUID> ids(List<MemberRow> rows) {
        return rows.stream().map(MemberRow::membershipId).toList();
    }

    private List<String> names(MemberFilter filter) {
        return page(filter, MemberSort.BY_NAME, 0, 100).stream().map(MemberRow::name).toList();
    }

    private List<String> names(MemberFilter filter, MemberSortField field, boolean descending) {
        return page(filter, new MemberSort(field, descending), 0, 100).stream().map(MemberRow::name).toList();
    }

    private List<MemberRow> page(MemberFilter filter, MemberSort sort, int offset, int limit) {
        return SignedIn.as(tenant.admin(), () -> queries.page(filter, sort, offset, limit));
    }

    private long count(MemberFilter filter) {
        return SignedIn.as(tenant.admin(), () -> queries.count(filter));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

}
