package app.communityops.report;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.security.DemoAccounts;
import app.communityops.shared.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo agency delivered reports to look at, made the way people make them: the operator writes commentary
 * and submits, the tenant admin sends, the client acknowledges or asks a question and the operator answers. The
 * career camp's last two months are sent (the earlier one acknowledged, the later one with a question and its
 * answer), the product managers' circle's last month waits unread on the client's landing page, and the bakery's is
 * a draft. Runs once: a tenant with a delivered report is left alone.
 */
@Component
public class ReportDemoData {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);
    private static final String ADMIN = "admin@demo-agency.test";
    private static final String OLIVIA = "olivia@demo-agency.test";
    private static final String LI = "li.ming@demo-agency.test";
    private static final String CLIENT = "client@careerup.test";

    private final ReportDeliveryService deliveries;
    private final ReportService reports;
    private final CommunityService communities;
    private final DemoAccounts accounts;
    private final TransactionTemplate transactions;

    ReportDemoData(ReportDeliveryService deliveries, ReportService reports,
                   CommunityService communities, DemoAccounts accounts,
                   PlatformTransactionManager transactionManager) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.communities = communities;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void seedTenant(UUID tenant) {
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            if (!accounts.as(ADMIN, deliveries::all).isEmpty()) {
                return;
            }
            LocalDate today = accounts.as(ADMIN, reports::today);
            ReportPeriod lastMonth = ReportPeriod.containing(ReportPeriod.Kind.MONTH, today).previous();
            ReportPeriod monthBefore = lastMonth.previous();
            List<CommunitySummary> all = accounts.as(ADMIN, communities::visible);
            UUID career = named(all, "Career Growth Camp");
            UUID managers = named(all, "Product Managers Circle");
            UUID bread = named(all, "Sunrise Bread Lovers");

            ReportDelivery october = sent(career, monthBefore, CAREER_EARLIER);
            accounts.as(CLIENT, () -> deliveries.sentReport(career, october.id()));
            accounts.as(CLIENT, () -> deliveries.acknowledge(career, october.id()));
            ReportDelivery november = sent(career, lastMonth, CAREER_LATER);
            accounts.run(CLIENT, () -> deliveries.post(career, november.id(), """
                        转化率比上月低了，是因为试听课少了一节吗？ / Conversion is lower than last month: is that \
                        because there was one trial lesson fewer?"""));
            accounts.run(OLIVIA, () -> {
                deliveries.post(career, november.id(), """
                        是的，11 月第二周的试听课因讲师时间调整取消了，12 月已补上。/ Yes: the second week's trial \
                        lesson was cancelled when the lecturer's time changed; December has it back.""");
                deliveries.saveSchedule(career, new ReportSchedule(3, 5));
            });
            sent(managers, lastMonth, MANAGERS);
            accounts.as(LI, () -> {
                ReportDelivery draft = deliveries.prepare(bread, lastMonth);
                deliveries.saveCommentary(bread, draft.id(), new SectionCommentary("activity",
                        "Tasting meetup on the 14th: 32 of 40 places taken.", null, null));
                return draft;
            });
            log.info("Demo delivered reports created: 3 sent, 1 draft");
        }));
    }

    /** Prepared and submitted by the operator, sent by the tenant admin (the second person). */
    private ReportDelivery sent(UUID community, ReportPeriod period, List<SectionCommentary> commentary) {
        ReportDelivery draft = accounts.as(OLIVIA, () -> {
            ReportDelivery prepared = deliveries.prepare(community, period);
            commentary.forEach(section -> deliveries.saveCommentary(community, prepared.id(), section));
            return deliveries.submit(community, prepared.id(), prepared.version());
        });
        return accounts.as(ADMIN, () -> deliveries.send(community, draft.id(), draft.version(), done -> { }));
    }

    private static UUID named(List<CommunitySummary> communities, String name) {
        return communities.stream().filter(community -> community.name().contains(name)).map(CommunitySummary::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo community " + name));
    }

    // Commentary says what the agency did and plans; the figures themselves come from the report's sections.
    private static final List<SectionCommentary> CAREER_EARLIER = List.of(
            new SectionCommentary("manage", "试听课带来的新成员稳定。/ The trial lessons keep bringing new members.",
                    null, "下月重点提升激活。/ Next month the focus is activation."),
            new SectionCommentary("activity", "三节试听课按计划完成。/ All three trial lessons ran as planned.",
                    "第三节课录屏失败，已补发讲义。/ The third lesson's recording failed; its notes were sent instead.",
                    null));

    private static final List<SectionCommentary> CAREER_LATER = List.of(
            new SectionCommentary("manage", "新成员的激活有起色。/ Activation of new members picked up.",
                    "第二周试听课取消，首购受影响。/ The second week's trial lesson was cancelled, and first "
                            + "purchases show it.",
                    "12 月恢复每周试听课，并加一次简历诊断直播。/ Weekly trial lessons again in December, plus a "
                            + "live CV review."),
            new SectionCommentary("money", "19.9 元入群仍是主要入口。/ The 19.9 yuan entry stays the main way in.",
                    null, null));

    private static final List<SectionCommentary> MANAGERS = List.of(
            new SectionCommentary("content", "每周分享按时发布。/ The weekly sharing went out every week.", null,
                    "下月邀请两位大厂产品总监。/ Next month: two product directors from large companies."));
}
