package app.communityops.members;

import app.communityops.members.DemoPeople.Person;
import app.communityops.shared.Uuids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo members themselves, written in the caller's tenant transaction. */
final class MemberDemoSeed {

    private record NewMember(UUID id, Person person, UUID channel, UUID tier, String[] tags, BigDecimal purchase) {
    }

    private record NewMembership(UUID id, UUID community, NewMember member, MembershipStatus status,
                                 String[] mechanisms, Instant applied, @Nullable Instant decided,
                                 @Nullable String reason, @Nullable Instant joined, @Nullable Instant left,
                                 @Nullable Instant lastActive, int warnings, @Nullable String payment) {
    }

    private record NewEvent(UUID membership, UUID community, MembershipEventType type, Instant at,
                            @Nullable UUID actor, @Nullable String reason, @Nullable UUID redLine) {
    }

    /** How many memberships of each status a community gets, screened how, by whom. */
    private record Plan(String communityPrefix, String operatorEmail, int reuse, Map<MembershipStatus, Integer> counts,
                        String... mechanisms) {
    }

    private static final List<String> TAGS = List.of("产品经理", "运营", "程序员", "设计师", "转行", "应届生", "vip",
            "活跃", "求职中", "面试辅导");

    private final JdbcTemplate jdbc;
    private final Instant now;
    private final DemoPeople people = new DemoPeople(2026);
    private final List<NewMember> members = new ArrayList<>();
    private final List<NewMembership> memberships = new ArrayList<>();
    private final List<NewEvent> events = new ArrayList<>();
    private final List<UUID> tiers = new ArrayList<>();
    private final List<UUID> channels = new ArrayList<>();

    private final List<UUID> careerRedLines;

    /** {@code careerRedLines}: the career camp's red lines (screening's), cited by its warnings and eliminations. */
    MemberDemoSeed(JdbcTemplate jdbc, Instant now, List<UUID> careerRedLines) {
        this.jdbc = jdbc;
        this.now = now;
        this.careerRedLines = List.copyOf(careerRedLines);
    }

    int seed() {
        for (String[] tier : new String[][] {{"普通 Normal", "1"}, {"银卡 Silver", "2"}, {"金卡 Gold", "3"},
                {"钻石 Diamond", "4"}}) {
            tiers.add(insert("insert into member_tier (tenant_id, id, name, rank, created_at, version)"
                    + " values (current_tenant_id(), ?, ?, ?, ?, 0)", tier[0], Integer.parseInt(tier[1])));
        }
        for (String channel : List.of("产品论坛 Product forum", "运营论坛 Ops forum", "技术论坛 Tech forum",
                "招聘 App Recruiting app", "简历 App Résumé app", "公众号文章 WeChat article", "转介绍 Referral")) {
            channels.add(insert("insert into acquisition_channel (tenant_id, id, name, created_at, version)"
                    + " values (current_tenant_id(), ?, ?, ?, 0)", channel));
        }
        plan(new Plan("互联网职场成长营%", "olivia@demo-agency.test", 0, Map.of(MembershipStatus.JOINED, 490,
                MembershipStatus.PENDING_REVIEW, 14, MembershipStatus.APPLIED, 4, MembershipStatus.REJECTED, 3,
                MembershipStatus.ELIMINATED, 5, MembershipStatus.LEFT, 6), "PAID_ENTRY", "CONDITION_REVIEW"),
                careerRedLines);
        plan(new Plan("Product Managers Circle%", "olivia@demo-agency.test", 60, Map.of(MembershipStatus.JOINED, 150,
                MembershipStatus.PENDING_REVIEW, 8, MembershipStatus.ELIMINATED, 2, MembershipStatus.LEFT, 3),
                "PAID_ENTRY", "INVITATION_CODE"), List.of());
        plan(new Plan("Mock Interview Club", "li.ming@demo-agency.test", 5, Map.of(MembershipStatus.PENDING_REVIEW, 9,
                MembershipStatus.APPLIED, 6, MembershipStatus.APPROVED, 3), "CONDITION_REVIEW"), List.of());
        plan(new Plan("Sunrise Bread Lovers", "li.ming@demo-agency.test", 0, Map.of(MembershipStatus.JOINED, 60,
                MembershipStatus.LEFT, 3), "PURCHASE_AMOUNT", "TIER_PRIVILEGE"), List.of());
        // The education peers of the career camp (peer bands, decision 0049): sizes and churn differ, so their
        // figures spread.
        int[][] peers = {{120, 4}, {75, 9}, {210, 6}, {55, 2}, {160, 12}, {95, 3}};
        String[] names = {"Bright Minds Parents Circle%", "Bright Minds Exam Sprint%", "Pathway IELTS Study Group",
                "Pathway Business English", "Summit Python Beginners", "Summit Frontend Bootcamp"};
        for (int i = 0; i < names.length; i++) {
            plan(new Plan(names[i], i < 3 ? "olivia@demo-agency.test" : "li.ming@demo-agency.test", 0,
                    Map.of(MembershipStatus.JOINED, peers[i][0], MembershipStatus.LEFT, peers[i][1],
                            MembershipStatus.PENDING_REVIEW, 1 + i), "CONDITION_REVIEW"), List.of());
        }
        writeMembers();
        writeMemberships();
        writeEvents();
        return memberships.size();
    }

    private void plan(Plan plan, List<UUID> redLines) {
        UUID community = community(plan.communityPrefix());
        if (community == null) {
            return;
        }
        UUID actor = jdbc.query("select id from user_account where email = ?",
                rs -> rs.next() ? rs.getObject(1, UUID.class) : null, plan.operatorEmail());
        int reused = 0;
        for (MembershipStatus status : MembershipStatus.values()) {
            for (int i = 0; i < plan.counts().getOrDefault(status, 0); i++) {
                NewMember member = reused < plan.reuse() && reused < members.size() ? members.get(reused++)
                        : newMember();
                membership(community, member, status, plan.mechanisms(), actor, redLines);
            }
        }
    }

    private NewMember newMember() {
        int tags = people.nextInt(3);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < tags; i++) {
            String tag = people.pick(TAGS);
            if (!picked.contains(tag)) {
                picked.add(tag);
            }
        }
        int tier = Math.min(tiers.size() - 1, people.nextInt(10) < 6 ? 0 : people.nextInt(tiers.size()));
        NewMember member = new NewMember(Uuids.v7(), people.next(), people.pick(channels), tiers.get(tier),
                picked.toArray(String[]::new), BigDecimal.valueOf(people.nextInt(40) * 99L, 1));
        members.add(member);
        return member;
    }

    private void membership(UUID community, NewMember member, MembershipStatus status, String[] mechanisms,
                            @Nullable UUID actor, List<UUID> redLines) {
        UUID id = Uuids.v7();
        Instant applied = now.minus(Duration.ofDays(20 + people.nextInt(400))).minusSeconds(people.nextInt(86_400));
        events.add(new NewEvent(id, community, MembershipEventType.APPLIED, applied, null, null, null));
        if (status == MembershipStatus.APPLIED) {
            memberships.add(new NewMembership(id, community, member, status, mechanisms, applied, null, null, null,
                    null, null, 0, null));
            return;
        }
        events.add(new NewEvent(id, community, MembershipEventType.PENDING_REVIEW, applied.plusSeconds(60), null,
                null, null));
        Instant decided = applied.plus(Duration.ofHours(2 + people.nextInt(60)));
        String payment = List.of(mechanisms).contains("PAID_ENTRY") ? "WXPAY" + (4_200_000_000L + people.nextInt(
                99_999_999)) : null;
        if (status == MembershipStatus.PENDING_REVIEW || status == MembershipStatus.REJECTED) {
            boolean rejected = status == MembershipStatus.REJECTED;
            String reason = rejected ? "未满足入群条件 Did not meet the entry condition" : null;
            if (rejected) {
                events.add(new NewEvent(id, community, MembershipEventType.REJECTED, decided, actor, reason, null));
            }
            memberships.add(new NewMembership(id, community, member, status, mechanisms, applied,
                    rejected ? decided : null, reason, null, null, null, 0, payment));
            return;
        }
        events.add(new NewEvent(id, community, MembershipEventType.APPROVED, decided, actor, null, null));
        if (status == MembershipStatus.APPROVED) {
            memberships.add(new NewMembership(id, community, member, status, mechanisms, applied, decided, null,
                    null, null, null, 0, payment));
            return;
        }
        Instant joined = decided.plus(Duration.ofHours(1 + people.nextInt(30)));
        events.add(new NewEvent(id, community, MembershipEventType.JOINED, joined, null, null, null));
        long span = Math.max(1, Duration.between(joined, now).toMinutes());
        Instant lastActive = people.nextInt(100) < 8 ? joined.plus(Duration.ofMinutes(span / 10))
                : joined.plus(Duration.ofMinutes((long) (span * (0.7 + people.nextInt(30) / 100.0))));
        int warnings = switch (status) {
            case ELIMINATED -> 1;
            case JOINED -> people.nextInt(100) < 6 ? 1 + people.nextInt(2) : 0;
            default -> 0;
        };
        for (int w = 0; w < warnings; w++) {
            UUID rule = redLines.isEmpty() ? null : people.pick(redLines);
            events.add(new NewEvent(id, community, MembershipEventType.WARNED, lastActive.minusSeconds(3600L * (w + 1)),
                    actor, "群内发布广告 Posted an advertisement", rule));
        }
        Instant left = null;
        if (status == MembershipStatus.ELIMINATED || status == MembershipStatus.LEFT) {
            left = lastActive.plusSeconds(7200);
            boolean eliminated = status == MembershipStatus.ELIMINATED;
            events.add(new NewEvent(id, community, eliminated ? MembershipEventType.ELIMINATED
                    : MembershipEventType.LEFT, left, eliminated ? actor : null,
                    eliminated ? "警告后再次违规 Broke the rules again after a warning" : null,
                    eliminated && !redLines.isEmpty() ? redLines.getFirst() : null));
        }
        memberships.add(new NewMembership(id, community, member, status, mechanisms, applied, decided, null, joined,
                left, lastActive, warnings, payment));
    }

    private void writeMembers() {
        jdbc.batchUpdate("""
                insert into member (tenant_id, id, name, handle, email, tags, channel_id, tier_id, lifetime_purchase,
                                    created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", members, 500, (ps, m) -> {
            ps.setObject(1, m.id());
            ps.setString(2, m.person().name());
            ps.setString(3, m.person().handle());
            ps.setString(4, m.person().email());
            ps.setArray(5, ps.getConnection().createArrayOf("varchar", m.tags()));
            ps.setObject(6, m.channel());
            ps.setObject(7, m.tier());
            ps.setBigDecimal(8, m.purchase());
            ps.setTimestamp(9, Timestamp.from(now));
        });
    }

    private void writeMemberships() {
        jdbc.batchUpdate("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                        channel_id, tier_id, tags, mechanisms, applied_at, decided_at, decision_reason,
                                        joined_at, left_at, last_active_at, warning_count, payment_reference,
                                        created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                memberships, 500, (ps, m) -> {
                    ps.setObject(1, m.id());
                    ps.setObject(2, m.community());
                    ps.setObject(3, m.member().id());
                    ps.setString(4, m.status().name());
                    ps.setString(5, m.member().person().name());
                    ps.setString(6, m.member().person().handle());
                    ps.setObject(7, m.member().channel());
                    ps.setObject(8, m.member().tier());
                    ps.setArray(9, ps.getConnection().createArrayOf("varchar", m.member().tags()));
                    ps.setArray(10, ps.getConnection().createArrayOf("varchar", m.mechanisms()));
                    ps.setTimestamp(11, Timestamp.from(m.applied()));
                    ps.setTimestamp(12, timestamp(m.decided()));
                    ps.setString(13, m.reason());
                    ps.setTimestamp(14, timestamp(m.joined()));
                    ps.setTimestamp(15, timestamp(m.left()));
                    ps.setTimestamp(16, timestamp(m.lastActive()));
                    ps.setInt(17, m.warnings());
                    ps.setString(18, m.payment());
                    ps.setTimestamp(19, Timestamp.from(m.applied()));
                });
    }

    private void writeEvents() {
        jdbc.batchUpdate("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at, actor_id,
                                              reason, red_line_id)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?)""", events, 1000, (ps, e) -> {
            ps.setObject(1, Uuids.v7());
            ps.setObject(2, e.membership());
            ps.setObject(3, e.community());
            ps.setString(4, e.type().name());
            ps.setTimestamp(5, Timestamp.from(e.at()));
            ps.setObject(6, e.actor());
            ps.setString(7, e.reason());
            ps.setObject(8, e.redLine());
        });
    }

    private @Nullable UUID community(String namePattern) {
        return jdbc.query("select id from community where name like ? order by created_at limit 1",
                rs -> rs.next() ? rs.getObject(1, UUID.class) : null, namePattern);
    }

    private UUID insert(String sql, Object... values) {
        UUID id = Uuids.v7();
        Object[] args = new Object[values.length + 2];
        args[0] = id;
        System.arraycopy(values, 0, args, 1, values.length);
        args[args.length - 1] = Timestamp.from(now);
        jdbc.update(sql, args);
        return id;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
