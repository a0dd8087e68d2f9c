package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.members.DemoMembers;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.shared.scheduling.TenantJobs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives each active demo community an open join page, a link per channel the career camp recruits on (forums and
 * recruiting apps) and a group code with room, so the join screens and the public page show something at once.
 * A community that has a page already is left alone. {@link #fileSampleApplications} then has a few strangers apply
 * through those links, through the public page's own service, so the Applications tab and the per-link figures
 * have something to show too.
 */
@Component
public class JoinDemoData {

    private static final Logger log = LoggerFactory.getLogger(JoinDemoData.class);

    private final TenantJobs jobs;
    private final CommunityService communities;
    private final DemoMembers members;
    private final PageQueries pages;
    private final LinkQueries links;
    private final GroupCodeQueries codes;
    private final JoinPublicService join;
    private final Clock clock;

    JoinDemoData(TenantJobs jobs, CommunityService communities, DemoMembers members, PageQueries pages,
                 LinkQueries links, GroupCodeQueries codes, JoinPublicService join, Clock clock) {
        this.jobs = jobs;
        this.communities = communities;
        this.members = members;
        this.pages = pages;
        this.links = links;
        this.codes = codes;
        this.join = join;
        this.clock = clock;
    }

    /** Answers how many communities got a page now. */
    public int seedTenant(UUID tenant) {
        int seeded = jobs.inTenant(tenant, () -> {
            int count = 0;
            for (UUID community : communities.activeIdsForJob()) {
                if (pages.find(community).isEmpty()) {
                    seed(community);
                    count++;
                }
            }
            return count;
        });
        if (seeded > 0) {
            log.info("Demo join pages created for {} communities", seeded);
        }
        return seeded;
    }

    /**
     * Five applications to each active community of the tenant, spread over its links, filled in as its page asks
     * (answers, payment reference) from addresses of their own; a page that insists on an invitation code gets
     * none. Answers how many were filed.
     */
    public int fileSampleApplications(UUID tenant) {
        List<String> tokens = jobs.inTenant(tenant, () -> communities.activeIdsForJob().stream()
                .flatMap(community -> links.of(community).stream().filter(link -> !link.archived())
                        .map(JoinLinkDetails::token))
                .toList());
        int filed = 0;
        int person = 0;
        int link = 0;
        for (String token : tokens) {
            Optional<PublicJoinPage> page = join.open(token);
            if (page.isEmpty() || page.get().steps().invitationCode() && !page.get().steps().anyOne()) {
                continue;
            }
            // The first link of a community brings three, the second two.
            int count = link++ % 2 == 0 ? 3 : 2;
            for (int i = 0; i < count; i++, person++) {
                try {
                    join.apply(token, sample(page.get(), person), "198.51.100." + (1 + person % 250));
                    filed++;
                } catch (UserFacingException refused) {
                    log.debug("Demo application not filed: {}", refused.messageKey());
                }
            }
        }
        if (filed > 0) {
            log.info("{} demo applications filed through join links", filed);
        }
        return filed;
    }

    private static ApplicantForm sample(PublicJoinPage page, int person) {
        String[] names = {"陈思远", "Li Na", "王浩然", "Zhou Yi", "刘佳怡", "Sun Mei", "赵一鸣", "Hu Jun"};
        ApplicantForm form = new ApplicantForm();
        form.setName(names[person % names.length]);
        form.setHandle("wx_apply_" + (1000 + person));
        form.setPhone("1370000" + (1000 + person));
        page.steps().questions().forEach(question -> form.getAnswers().put(question.id(),
                "做了三年运营，想系统学习社群增长。 Three years in operations; I want to learn community growth."));
        if (page.steps().paidEntry()) {
            form.setPaymentReference("4200002026120" + (100 + person));
        }
        form.setConsent(true);
        form.setNoticeVersion(page.privacyVersion());
        form.setLocale(person % 2 == 0 ? "zh-CN" : "en");
        return form;
    }

    private void seed(UUID community) {
        Instant now = clock.instant();
        JoinPageForm page = new JoinPageForm();
        page.setValueZh("实用的职场知识、前辈答疑与同行人脉。每周一次分享，每月一次线下交流。");
        page.setValueEn("Practical career knowledge, answers from people in the job, and a network. A sharing "
                + "session every week and a meetup every month.");
        page.setRulesZh("• 鼓励分享经验与资源\n• 禁止广告与私下拉人\n• 违反红线者将被移出");
        page.setRulesEn("• Share experience and resources\n• No ads, no poaching members in private\n"
                + "• Crossing a red line means leaving the group");
        page.setPrivacyZh("我们收集你的姓名、微信号、手机号或邮箱，仅用于审核你的申请和运营本社群。你可以随时联系组织者查询、更正或删除你的信息。");
        page.setPrivacyEn("We collect your name, WeChat ID and phone or email only to review your application and "
                + "run this community. Contact the organiser at any time to see, correct or delete your data.");
        page.setPrivacyVersion("2026-12");
        page.setPaymentZh("请通过微信或支付宝转账 19.90 元，备注你的姓名，然后填写交易单号。");
        page.setPaymentEn("Transfer 19.90 yuan by WeChat Pay or Alipay with your name in the note, then enter the "
                + "transaction number.");
        pages.save(community, -1, page, now);
        UUID forums = members.channel("产品/运营/技术论坛 Product, ops & tech forums", now);
        UUID recruiting = members.channel("招聘 App Recruiting apps", now);
        links.insert(Uuids.v7(), community, JoinTokens.random(), forums, "论坛置顶帖 Forum pinned post", now);
        links.insert(Uuids.v7(), community, JoinTokens.random(), recruiting, null, now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int group = 1; group <= 2; group++) {
            byte[] image = JoinQrCodes.png("https://weixin.qq.com/g/demo-" + community + "-" + group);
            codes.insert(Uuids.v7(), community, group + " 群 · Group " + group, image, "image/png", 500,
                    today.plusDays(group == 1 ? 1 : 6), now);
        }
    }
}
