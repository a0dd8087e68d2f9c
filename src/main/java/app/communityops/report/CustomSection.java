package app.communityops.report;

import app.communityops.join.JoinLinkFigures;
import app.communityops.join.JoinLinkService;
import app.communityops.members.MemberHeaderCounts;
import app.communityops.members.MembershipQueryService;
import app.communityops.report.OperationsReport.Block;
import app.communityops.report.OperationsReport.Chart;
import app.communityops.report.OperationsReport.ChartKind;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Series;
import app.communityops.report.OperationsReport.Table;
import app.communityops.screening.MonthFlow;
import app.communityops.screening.Option;
import app.communityops.screening.PassRates;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PositioningDetails;
import app.communityops.screening.PositioningService;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.ScreeningStatsService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Custom: Who / Where / Why / How, the member count, the member flow, screening pass rates and what came through
 * each join link.
 */
@Component
class CustomSection implements ReportSection {

    private final PositioningService positioning;
    private final ScreeningPolicyService policies;
    private final ScreeningStatsService stats;
    private final MembershipQueryService memberships;
    private final JoinLinkService joinLinks;

    CustomSection(PositioningService positioning, ScreeningPolicyService policies, ScreeningStatsService stats,
                  MembershipQueryService memberships, JoinLinkService joinLinks) {
        this.positioning = positioning;
        this.policies = policies;
        this.stats = stats;
        this.memberships = memberships;
        this.joinLinks = joinLinks;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public OperationsReport.Section build(ReportContext context) {
        ReportTexts texts = context.texts();
        UUID id = context.communityId();
        PositioningDetails details = positioning.find(id);
        PolicyDetails policy = policies.find(id);
        MemberHeaderCounts counts = memberships.headerCounts(id);
        PassRates rates = stats.passRates(id);
        List<MonthFlow> flow = stats.flow(id, context.zone());
        List<MonthFlow> inPeriod = flow.stream().filter(month -> context.period().months().contains(month.month()))
                .toList();
        boolean flowKnown = inPeriod.size() == context.period().months().size();
        JoinLinkFigures links = joinLinks.figures(id, context.period().from(), context.period().to());

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(List.of(
                new Fact(texts.t("report.custom.who"), who(details, texts)),
                new Fact(texts.t("report.custom.where"), where(details, texts)),
                new Fact(texts.t("report.custom.why"), why(details, texts)),
                new Fact(texts.t("report.custom.how"), how(policy, texts)))));
        blocks.add(new Facts(List.of(
                new Fact(texts.t("report.custom.members"), texts.count(counts.members())),
                new Fact(texts.t("report.custom.pending"), texts.count(counts.pendingReview())),
                new Fact(texts.t("report.custom.joins"), flowKnown
                        ? texts.count(inPeriod.stream().mapToInt(MonthFlow::joins).sum()) : texts.t("report.notKept")),
                new Fact(texts.t("report.custom.eliminations"), flowKnown
                        ? texts.count(inPeriod.stream().mapToInt(MonthFlow::eliminations).sum())
                        : texts.t("report.notKept")),
                new Fact(texts.t("report.custom.passRate"), texts.percent(rates.rate()) + " ("
                        + texts.count(rates.approved()) + " / " + texts.count(rates.decided()) + ")"))));
        blocks.add(new Chart(ChartKind.BAR, texts.t("report.custom.flowChart"), texts.t("report.month"),
                flow.stream().map(month -> month.month().toString()).toList(), List.of(
                new Series(texts.t("report.custom.joins"),
                        flow.stream().map(month -> BigDecimal.valueOf(month.joins())).toList()),
                new Series(texts.t("report.custom.eliminations"),
                        flow.stream().map(month -> BigDecimal.valueOf(month.eliminations())).toList()))));
        blocks.add(new Table(texts.t("report.custom.mechanisms"), List.of(texts.t("report.custom.mechanism"),
                texts.t("report.custom.decided"), texts.t("report.custom.approved"), texts.t("report.custom.passRate"),
                texts.t("report.custom.checkPassRate")),
                rates.mechanisms().stream().map(rate -> List.of(
                        texts.t("screening.mechanism." + rate.mechanism().name()), texts.count(rate.decided()),
                        texts.count(rate.approved()), texts.percent(rate.rate()),
                        texts.percent(rate.checkPassRate()))).toList(),
                texts.t("report.custom.noDecisions")));
        blocks.addAll(JoinLinkBlocks.of(links, flowKnown
                ? OptionalLong.of(inPeriod.stream().mapToInt(MonthFlow::joins).sum()) : OptionalLong.empty(), texts));
        boolean noData = details.isEmpty() && !policy.exists() && counts.members() == 0 && rates.decided() == 0
                && flow.stream().allMatch(month -> month.joins() == 0 && month.eliminations() == 0)
                && links.applications() + links.approved() + links.joined() == 0;
        return Sections.of("custom", texts, noData, blocks);
    }

    private static String who(PositioningDetails details, ReportTexts texts) {
        String personas = String.join(", ", details.personas());
        return Stream.of(details.who(), personas).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.collectingAndThen(Collectors.joining(" · "), s -> s.isEmpty() ? "–" : s));
    }

    private String where(PositioningDetails details, ReportTexts texts) {
        Map<UUID, String> names = positioning.channels().stream().collect(Collectors.toMap(Option::id, Option::name));
        String channels = details.channelIds().stream().map(names::get).filter(name -> name != null)
                .collect(Collectors.joining(", "));
        return texts.text(channels);
    }

    private static String why(PositioningDetails details, ReportTexts texts) {
        String tags = Stream.concat(details.values().stream().map(tag -> texts.t("screening.value." + tag.name())),
                details.freeTags().stream()).collect(Collectors.joining(", "));
        return Stream.of(details.why(), tags).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.collectingAndThen(Collectors.joining(" · "), s -> s.isEmpty() ? "–" : s));
    }

    private static String how(PolicyDetails policy, ReportTexts texts) {
        if (policy.enabledMechanisms().isEmpty()) {
            return texts.t("report.custom.open");
        }
        return policy.enabledMechanisms().stream().map(m -> texts.t("screening.mechanism." + m.name()))
                .collect(Collectors.joining(texts.t("report.custom.combine." + policy.combine().name())));
    }
}
