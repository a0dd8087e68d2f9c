package app.communityops.report;

import app.communityops.content.ContentDetails;
import app.communityops.content.ContentFilter;
import app.communityops.content.ContentKind;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.content.Engagement;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Table;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Content: institutional and value content published in the period, its engagement, and calendar adherence
 * (published ÷ planned for the period, archived items left out). Client users only ever see published items,
 * so adherence is shown to staff only rather than as a meaningless 100%.
 */
@Component
class ContentSection implements ReportSection {

    private static final int PAGE = 500;

    private final ContentService content;

    ContentSection(ContentService content) {
        this.content = content;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public OperationsReport.Section build(ReportContext context) {
        ReportTexts texts = context.texts();
        List<ContentDetails> planned = all(context).stream()
                .filter(item -> item.publishAt() != null && item.status() != ContentStatus.ARCHIVED)
                .filter(item -> context.period().contains(day(item, context))).toList();
        List<ContentDetails> published = planned.stream().filter(item -> item.status() == ContentStatus.PUBLISHED)
                .sorted(Comparator.comparing(ContentDetails::publishAt)).toList();
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact(texts.t("report.content.institutional"), texts.count(kind(published, ContentKind.INSTITUTIONAL))),
                new Fact(texts.t("report.content.value"), texts.count(kind(published, ContentKind.VALUE))),
                new Fact(texts.t("report.content.views"), texts.count(sum(published, Engagement::views))),
                new Fact(texts.t("report.content.reactions"), texts.count(sum(published, Engagement::reactions))),
                new Fact(texts.t("report.content.replies"), texts.count(sum(published, Engagement::replies))),
                new Fact(texts.t("report.content.shares"), texts.count(sum(published, Engagement::shares)))));
        if (!CurrentUser.require().hasRole(Roles.CLIENT)) {
            facts.add(new Fact(texts.t("report.content.adherence"), texts.rate(planned.isEmpty() ? null
                    : BigDecimal.valueOf(published.size() * 100.0 / planned.size()), published.size(),
                    planned.size())));
        }
        Table table = new Table(texts.t("report.content.published"), List.of(texts.t("report.date"),
                texts.t("report.content.title"), texts.t("report.content.kind"), texts.t("report.content.category"),
                texts.t("report.content.views"), texts.t("report.content.reactions")),
                published.stream().map(item -> List.of(texts.date(day(item, context)), item.title(),
                        texts.t("content.kind." + item.kind().name()),
                        texts.t("content.category." + item.category().name()),
                        figure(item.engagement().views(), texts), figure(item.engagement().reactions(), texts)))
                        .toList(),
                texts.t("report.content.nonePublished"));
        return Sections.of("content", texts, planned.isEmpty(), List.of(new Facts(facts), table));
    }

    private List<ContentDetails> all(ReportContext context) {
        int total = content.count(context.communityId(), ContentFilter.ANY);
        List<ContentDetails> items = new ArrayList<>(total);
        for (int offset = 0; offset < total; offset += PAGE) {
            items.addAll(content.list(context.communityId(), ContentFilter.ANY, offset, PAGE));
        }
        return items;
    }

    private static LocalDate day(ContentDetails item, ReportContext context) {
        return Objects.requireNonNull(item.publishAt()).atZone(context.zone()).toLocalDate();
    }

    private static long kind(List<ContentDetails> items, ContentKind kind) {
        return items.stream().filter(item -> item.kind() == kind).count();
    }

    private static long sum(List<ContentDetails> items, Function<Engagement, @Nullable Integer> figure) {
        return items.stream().map(item -> figure.apply(item.engagement())).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
    }

    private static String figure(@Nullable Integer value, ReportTexts texts) {
        return value == null ? "–" : texts.count(value);
    }
}
