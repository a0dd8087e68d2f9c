package app.communityops.screening;

import app.communityops.members.DemoMembers;
import app.communityops.members.MembershipEventType;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo's career community the source text's screening: a 19.9 yuan fee AND three free trial lessons
 * attended, its positioning, red lines, a few invitation codes and applicants, so the Custom page, the review
 * queue and elimination have something to show. Runs once, when the community has no policy yet; rows go in
 * through the application role under row-level security, like the rest of the demo seed. The applicants are
 * members' rows, written through {@link DemoMembers}.
 */
@Component
public class ScreeningDemoData {

    /** The career camp's red lines, cited by the members seed's warnings and eliminations. */
    private static final List<String> CAREER_RED_LINES = List.of("禁止发广告和拉人 No advertising or poaching members",
            "禁止人身攻击 No personal attacks", "禁止外传付费课程资料 No sharing paid course material");
    private static final List<String> MECHANISMS = List.of(ScreeningMechanism.PAID_ENTRY.name(),
            ScreeningMechanism.CONDITION_REVIEW.name());
    private static final Logger log = LoggerFactory.getLogger(ScreeningDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoMembers members;
    private final Clock clock;

    ScreeningDemoData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DemoMembers members,
                      Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.members = members;
        this.clock = clock;
    }

    /**
     * The career camp's red lines, written first if it has none, oldest first; none if the tenant has no career
     * camp. The members seed cites them in its warnings, so this runs before it.
     */
    public List<UUID> careerRedLines(UUID tenantId) {
        List<UUID> lines = TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            List<UUID> camp = jdbc.queryForList(
                    "select id from community where name like '互联网职场成长营%' order by created_at limit 1", UUID.class);
            if (camp.isEmpty()) {
                return List.<UUID>of();
            }
            List<UUID> existing = jdbc.queryForList("select id from red_line where community_id = ? order by created_at, id",
                    UUID.class, camp.getFirst());
            return existing.isEmpty() ? CAREER_RED_LINES.stream().map(text -> redLine(camp.getFirst(), text)).toList()
                    : existing;
        }));
        return lines == null ? List.of() : lines;
    }

    /** Seeds the career community's screening once; a community with a policy is left alone. */
    public void seedCareerCommunity(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            List<UUID> career = jdbc.queryForList(
                    "select id from community where name like '%Career Growth Camp%'", UUID.class);
            if (career.isEmpty() || has("select count(*) from screening_policy where community_id = ?",
                    career.getFirst())) {
                return;
            }
            seed(career.getFirst());
            log.info("Demo screening created for the career community");
        }));
    }

    private void seed(UUID community) {
        jdbc.update("""
                insert into screening_policy (tenant_id, community_id, combine, paid_entry, fee_amount, fee_currency,
                    condition_review, condition_criteria, inactive_days, warning_limit, version)
                values (current_tenant_id(), ?, 'ALL', true, 19.90, 'CNY', true, ?, 30, 3, 0)""", community,
                "试听三节免费课后付费入群 / pay the entry fee after attending three free trial lessons");
        UUID lessons = Uuids.v7();
        jdbc.update("""
                insert into screening_condition (tenant_id, id, community_id, label, position, created_at, version)
                values (current_tenant_id(), ?, ?, ?, 0, ?, 0)""", lessons, community,
                "三节免费试听课已完成 / three free trial lessons attended", ts(at(0)));
        UUID[] channels = {channel("产品/运营/技术论坛 Product, ops & tech forums"),
            channel("招聘 App Recruiting apps"), channel("简历 App Résumé apps")};
        jdbc.update("""
                insert into community_positioning (tenant_id, community_id, who, personas, channel_ids, why, why_tags,
                                                   version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, 0)""", community,
                "互联网从业者、零经验转行者 / internet professionals and career changers with no experience",
                new String[] {"互联网从业者 internet professionals", "零经验转行 career changers"}, channels,
                "实用的职场知识、前辈答疑与同行人脉 / practical career knowledge, answers from people in the job, a network",
                new String[] {"knowledge", "answers", "network"});
        // The demo's career camp has its red lines already (careerRedLines); cite those rather than add twins.
        UUID ads = jdbc.queryForList("select id from red_line where community_id = ? order by created_at, id limit 1",
                UUID.class, community).stream().findFirst().orElseGet(() -> {
                    redLine(community, "人身攻击 / personal attacks");
                    redLine(community, "泄露他人隐私 / sharing others' private information");
                    return redLine(community, "发广告 / posting ads");
                });
        UUID olivia = jdbc.queryForList("select id from user_account where email = 'olivia@demo-agency.test'",
                UUID.class).stream().findFirst().orElse(null);
        code(community, 20, at(60), olivia);
        code(community, 5, at(14), null);
        code(community, 1, null, null);
        applicants(community, lessons, ads);
    }

    /** Members over the last months: admitted, one eliminated, one rejected, two waiting for review. */
    private void applicants(UUID community, UUID lessons, UUID ads) {
        ScreeningRules rules = new ScreeningRules(Combine.ALL, true, new BigDecimal("19.90"), "CNY", false, true,
                Set.of(lessons), false, null, null, false, null);
        String[][] people = {
            {"陈静 Chen Jing", "camp-chenjing", "JOINED", "150", "2"},
            {"刘洋 Liu Yang", "camp-liuyang", "JOINED", "120", "45"},
            {"赵敏 Zhao Min", "camp-zhaomin", "JOINED", "95", "1"},
            {"孙浩 Sun Hao", "camp-sunhao", "JOINED", "64", "3"},
            {"周婷 Zhou Ting", "camp-zhouting", "JOINED", "33", "5"},
            {"吴磊 Wu Lei", "camp-wulei", "ELIMINATED", "110", "40"},
            {"郑爽 Zheng Shuang", "camp-zhengshuang", "REJECTED", "20", ""},
            {"王芳 Wang Fang", "camp-wangfang", "PENDING_REVIEW", "2", ""},
            {"李强 Li Qiang", "camp-liqiang", "PENDING_REVIEW", "1", ""}};
        for (String[] person : people) {
            String status = person[2];
            boolean admitted = status.equals("JOINED") || status.equals("ELIMINATED");
            String payment = status.equals("PENDING_REVIEW") && person[1].endsWith("liqiang") ? null
                    : "WX-" + person[1].substring(5).toUpperCase();
            Set<UUID> ticked = admitted ? Set.of(lessons) : Set.of();
            Evaluation evaluation = ScreeningEngine.evaluate(rules, new ScreeningFacts(payment, CodeCheck.NONE, ticked,
                    null, null, BigDecimal.ZERO, admitted));
            Instant applied = at(-Integer.parseInt(person[3]));
            Instant joined = admitted ? applied.plus(DAY) : null;
            Instant active = person[4].isEmpty() ? null : at(-Integer.parseInt(person[4]));
            UUID membership = members.applicant(new DemoMembers.Applicant(community, person[0], person[1],
                    MembershipStatus.valueOf(status), MECHANISMS, applied,
                    status.equals("PENDING_REVIEW") ? null : applied.plus(DAY), joined,
                    status.equals("ELIMINATED") ? at(-38) : null, active, payment, ticked,
                    ScreeningRecord.write(evaluation, applied), person[1].endsWith("liuyang") ? 3 : 0));
            if (membership == null) {
                continue;
            }
            members.event(membership, community, MembershipEventType.APPLIED, applied, null, null);
            if (joined != null) {
                members.event(membership, community, MembershipEventType.JOINED, joined, null, null);
            }
            if (person[1].endsWith("liuyang")) {
                for (int warning = 3; warning >= 1; warning--) {
                    members.event(membership, community, MembershipEventType.WARNED, at(-10 * warning - 40),
                            "Off-topic promotion", ads);
                }
            }
            if (status.equals("ELIMINATED")) {
                members.event(membership, community, MembershipEventType.ELIMINATED, at(-38),
                        "Posted ads after two warnings", ads);
            } else if (status.equals("REJECTED")) {
                members.event(membership, community, MembershipEventType.REJECTED, applied.plus(DAY),
                        "Did not attend the trial lessons", null);
            }
        }
    }

    private UUID channel(String name) {
        return members.channel(name, at(0));
    }

    private UUID redLine(UUID community, String text) {
        UUID id = Uuids.v7();
        jdbc.update("""
                insert into red_line (tenant_id, id, community_id, text, active, created_at, version)
                values (current_tenant_id(), ?, ?, ?, true, ?, 0)""", id, community, text, ts(at(0)));
        return id;
    }

    private void code(UUID community, int quota, @Nullable Instant expiresAt, @Nullable UUID owner) {
        jdbc.update("""
                insert into invitation_code (tenant_id, id, community_id, code, quota, uses, expires_at, owner_user_id,
                                             created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, 0, ?, ?, ?, 0)""",
                Uuids.v7(), community, CodeGenerator.next(), quota, ts(expiresAt), owner,
                ts(at(0)));
    }

    private boolean has(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count != null && count > 0;
    }

    private Instant at(int daysFromNow) {
        return clock.instant().plus(Duration.ofDays(daysFromNow));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
