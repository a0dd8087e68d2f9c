package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.engagement.EngagementTestData;
import app.communityops.engagement.EngagementType;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipEventType;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups equal the direct computation, worked out here in Java from the generated events, for random events
 * of three members in two communities around a month's turn, in a random tenant zone: after the first run (a
 * rebuild), after late events folded in incrementally, and after a rebuild over damaged rollups; each
 * member-day's type bits are the types of its events. Likewise the membership flows, for random join, leave and
 * rejoin histories of five memberships with many events at the same instant: the members at every midnight summed
 * from the flows, and as the reader answers them, equal the latest stay event by time, then id, being a JOINED.
 * The Spring context is the suite's shared one.
 */
@IntegrationTest
class RollupPropertyTest {

    private static final String[] TYPES = {"MESSAGE_POSTED", "REPLY", "REACTION", "CONTENT_VIEWED",
        "ACTIVITY_ATTENDED", "CHECK_IN", "REFERRAL", "CUSTOM"};
    private static final Instant FROM = Instant.parse("2026-02-25T00:00:00Z");

    record Event(int community, int member, String type, long minutes) {
    }

    /** A stay event of membership {@code membership} (0-2 in the first community, 3-4 in the second). */
    record Stay(int membership, String type, long minutes, @Nullable UUID id) {
    }

    @Property(tries = 15)
    void rollupsEqualTheDirectComputation(@ForAll("events") List<Event> first, @ForAll("events") List<Event> late,
                                          @ForAll("stays") List<Stay> firstHistory,
                                          @ForAll("stays") List<Stay> lateHistory, @ForAll("zones") String zoneId) {
        ApplicationContext context = new TestContextManager(RollupPropertyTest.class).getTestContext()
                .getApplicationContext();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Rollups rollups = context.getBean(Rollups.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Fixture tenant = context.getBean(TestTenants.class).create();
        ZoneId zone = ZoneId.of(zoneId);
        UUID[] communities = {tenant.communityId(), tenant.unassignedCommunityId()};
        KpiTestData data = context.getBean(KpiTestData.class);
        MemberTestData memberData = context.getBean(MemberTestData.class);
        EngagementTestData eventData = context.getBean(EngagementTestData.class);
        UUID[] members = new UUID[3];
        UUID[][] memberships = new UUID[5][];
        for (int i = 0; i < members.length; i++) {
            memberships[i] = data.member(tenant, communities[0], "p" + i);
            members[i] = memberships[i][0];
        }
        for (int i = 3; i < memberships.length; i++) {
            memberships[i] = data.member(tenant, communities[1], "q" + i);
        }
        List<Stay> firstStays = new ArrayList<>();
        List<Stay> lateStays = new ArrayList<>();
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            for (String month : new String[] {"2026-02-01", "2026-03-01"}) {
                jdbc.queryForObject("select engagement_ensure_partition(?)", String.class, Date.valueOf(month));
            }
            insert(eventData, tenant.tenantId(), first, communities, members);
            firstStays.addAll(stays(memberData, tenant.tenantId(), firstHistory, memberships));
            rollups.refresh(zone, Instant.now());
        }));
        assertRollups(jdbc, transactions, tenant, first, zone, communities, members);
        assertFlows(jdbc, transactions, tenant, firstStays, zone, communities);
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            insert(eventData, tenant.tenantId(), late, communities, members);
            lateStays.addAll(stays(memberData, tenant.tenantId(), lateHistory, memberships));
            rollups.refresh(zone, Instant.now().plusSeconds(1));
        }));
        List<Event> all = new ArrayList<>(first);
        all.addAll(late);
        List<Stay> allStays = new ArrayList<>(firstStays);
        allStays.addAll(lateStays);
        assertRollups(jdbc, transactions, tenant, all, zone, communities, members);
        assertFlows(jdbc, transactions, tenant, allStays, zone, communities);
        // A rebuild over rollups that went wrong in every way: changed counts, a member-day and days without events.
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            jdbc.update("update kpi_member_day set events = events + 5, types = 0");
            jdbc.update("update kpi_daily set reaction = reaction + 1");
            for (String day : new String[] {"2026-02-27", "2026-01-15"}) {
                jdbc.update("""
                        insert into kpi_member_day (tenant_id, community_id, day, member_id, events, types)
                        values (current_tenant_id(), ?, ?, ?, 9, 1) on conflict do nothing""",
                        communities[1], Date.valueOf(day), members[2]);
                jdbc.update("""
                        insert into kpi_daily (tenant_id, community_id, day, active_members, events, message_posted,
                            reply, reaction, content_viewed, activity_attended, check_in, referral, custom)
                        values (current_tenant_id(), ?, ?, 1, 9, 9, 0, 0, 0, 0, 0, 0, 0) on conflict do nothing""",
                        communities[1], Date.valueOf(day));
            }
            jdbc.update("update kpi_member_flow set joined = joined + 3");
            jdbc.update("""
                    insert into kpi_member_flow (tenant_id, community_id, day, joined, departed)
                    values (current_tenant_id(), ?, date '2026-01-15', 2, 0) on conflict do nothing""", communities[1]);
            rollups.rebuild(zone, Instant.now().plusSeconds(2));
        }));
        assertRollups(jdbc, transactions, tenant, all, zone, communities, members);
        assertFlows(jdbc, transactions, tenant, allStays, zone, communities);
        // Events that arrived well before the last run: the reader takes the members from the flows.
        MemberFlows flows = context.getBean(MemberFlows.class);
        List<Timestamp> midnights = new ArrayList<>();
        for (LocalDate day = LocalDate.ofInstant(FROM, zone).minusDays(1);
             !day.isAfter(LocalDate.ofInstant(FROM, zone).plusDays(10)); day = day.plusDays(1)) {
            midnights.add(Timestamp.from(day.atStartOfDay(zone).toInstant()));
        }
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            jdbc.update("update membership_event set created_at = created_at - interval '1 hour'");
            rollups.refresh(zone, Instant.now());
        }));
        Map<UUID, long[]> read = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status ->
                flows.membersAt(List.of(communities), midnights, zone)));
        assertThat(read).containsOnlyKeys(communities[0], communities[1]);
        for (int c = 0; c < communities.length; c++) {
            long[] expected = new long[midnights.size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = membersAt(allStays, c == 0 ? 0 : 3, c == 0 ? 3 : 5, midnights.get(i).toInstant());
            }
            assertThat(read.get(communities[c])).as("members at midnight in community %d", c).containsExactly(expected);
        }
    }

    @Provide
    Arbitrary<List<Stay>> stays() {
        // Half-day steps over eight days, so several events of a membership often share an instant.
        return Combinators.combine(Arbitraries.integers().between(0, 4),
                        Arbitraries.of("JOINED", "JOINED", "LEFT", "ELIMINATED"),
                        Arbitraries.longs().between(0, 16).map(step -> step * 12 * 60))
                .as((membership, type, minutes) -> new Stay(membership, type, minutes, null)).list().ofMaxSize(30);
    }

    /** Inserts the stay events, each with a new id; answers them with their ids. */
    private static List<Stay> stays(MemberTestData members, UUID tenantId, List<Stay> generated,
                                    UUID[][] memberships) {
        List<Stay> stays = new ArrayList<>();
        for (Stay event : generated) {
            Stay stay = new Stay(event.membership(), event.type(), event.minutes(), UUID.randomUUID());
            stays.add(stay);
            members.event(tenantId, stay.id(), memberships[stay.membership()][1],
                    MembershipEventType.valueOf(stay.type()), FROM.plusSeconds(stay.minutes() * 60));
        }
        return stays;
    }

    /**
     * The definition worked out directly: memberships {@code from} to {@code to - 1} whose latest stay event before
     * the instant, by time and then id (compared as PostgreSQL compares uuids: unsigned, as their text), is JOINED.
     */
    private static long membersAt(List<Stay> stays, int from, int to, Instant instant) {
        long members = 0;
        for (int membership = from; membership < to; membership++) {
            int m = membership;
            Stay latest = stays.stream().filter(stay -> stay.membership() == m)
                    .filter(stay -> FROM.plusSeconds(stay.minutes() * 60).isBefore(instant))
                    .max(java.util.Comparator.comparingLong(Stay::minutes)
                            .thenComparing(stay -> stay.id().toString())).orElse(null);
            members += latest != null && latest.type().equals("JOINED") ? 1 : 0;
        }
        return members;
    }

    /** Per community, the running sum of the flows at the end of each day equals the members at its end. */
    private static void assertFlows(JdbcTemplate jdbc, TransactionTemplate transactions, Fixture tenant,
                                    List<Stay> stays, ZoneId zone, UUID[] communities) {
        Map<String, long[]> flows = new HashMap<>();
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status ->
                jdbc.query("select community_id, day, joined, departed from kpi_member_flow", rs -> {
                    assertThat(rs.getInt(3) + rs.getInt(4)).as("a flow row without a transition").isPositive();
                    flows.put(rs.getString(1) + " " + rs.getDate(2).toLocalDate(),
                            new long[] {rs.getInt(3), rs.getInt(4)});
                })));
        LocalDate first = LocalDate.ofInstant(FROM, zone).minusDays(1);
        for (int c = 0; c < communities.length; c++) {
            long sum = 0;
            for (LocalDate day = first; !day.isAfter(first.plusDays(11)); day = day.plusDays(1)) {
                long[] flow = flows.getOrDefault(communities[c] + " " + day, new long[2]);
                sum += flow[0] - flow[1];
                assertThat(sum).as("members of community %d at the end of %s", c, day).isEqualTo(membersAt(stays,
                        c == 0 ? 0 : 3, c == 0 ? 3 : 5, day.plusDays(1).atStartOfDay(zone).toInstant()));
            }
        }
        assertThat(flows.keySet()).allMatch(key -> !LocalDate.parse(key.substring(37)).isBefore(first)
                && !LocalDate.parse(key.substring(37)).isAfter(first.plusDays(11)));
    }

    @Provide
    Arbitrary<List<Event>> events() {
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2),
                        Arbitraries.of(TYPES), Arbitraries.longs().between(0, 8 * 24 * 60))
                .as(Event::new).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Asia/Shanghai", "UTC", "America/Los_Angeles", "Pacific/Kiritimati");
    }

    private static void insert(EngagementTestData data, UUID tenantId, List<Event> events, UUID[] communities,
                               UUID[] members) {
        Instant arrived = Instant.now();
        for (Event event : events) {
            data.event(tenantId, communities[event.community()], members[event.member()],
                    EngagementType.valueOf(event.type()), event.type().equals("CUSTOM") ? "poll" : null,
                    FROM.plusSeconds(event.minutes() * 60), arrived);
        }
    }

    private static void assertRollups(JdbcTemplate jdbc, TransactionTemplate transactions, Fixture tenant,
                                      List<Event> events, ZoneId zone, UUID[] communities, UUID[] members) {
        Map<String, Integer> memberDays = new TreeMap<>();
        Map<String, Integer> typeBits = new TreeMap<>();
        Map<String, int[]> daily = new TreeMap<>();
        for (Event event : events) {
            LocalDate day = LocalDate.ofInstant(FROM.plusSeconds(event.minutes() * 60), zone);
            String key = communities[event.community()] + " " + day;
            memberDays.merge(key + " " + members[event.member()], 1, Integer::sum);
            typeBits.merge(key + " " + members[event.member()], 1 << List.of(TYPES).indexOf(event.type()),
                    (a, b) -> a | b);
            int[] counts = daily.computeIfAbsent(key, k -> new int[TYPES.length + 1]);
            counts[0]++;
            counts[1 + List.of(TYPES).indexOf(event.type())]++;
        }
        Map<String, String> expectedDaily = new TreeMap<>();
        daily.forEach((key, counts) -> {
            long active = memberDays.keySet().stream().filter(memberDay -> memberDay.startsWith(key + " ")).count();
            expectedDaily.put(key, active + " " + java.util.Arrays.toString(counts));
        });
        Map<String, Integer> actualMemberDays = new HashMap<>();
        Map<String, Integer> actualTypeBits = new HashMap<>();
        Map<String, String> actualDaily = new HashMap<>();
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            jdbc.query("select community_id, day, member_id, events, types from kpi_member_day", rs -> {
                String key = rs.getString(1) + " " + rs.getDate(2).toLocalDate() + " " + rs.getString(3);
                actualMemberDays.put(key, rs.getInt(4));
                actualTypeBits.put(key, rs.getInt(5));
            });
            jdbc.query("""
                    select community_id, day, active_members, events, message_posted, reply, reaction, content_viewed,
                           activity_attended, check_in, referral, custom from kpi_daily""", rs -> {
                int[] counts = new int[TYPES.length + 1];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = rs.getInt(4 + i);
                }
                actualDaily.put(rs.getString(1) + " " + rs.getDate(2).toLocalDate(),
                        rs.getInt(3) + " " + java.util.Arrays.toString(counts));
            });
        }));
        assertThat(actualMemberDays).isEqualTo(memberDays);
        assertThat(actualTypeBits).isEqualTo(typeBits);
        assertThat(actualDaily).isEqualTo(expectedDaily);
    }
}
