package app.communityops.report;

import app.communityops.activity.ActivityFilter;
import app.communityops.activity.ActivityKind;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivityStatus;
import app.communityops.activity.ActivitySummary;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Activity: regular and innovative activities held in the period (status done), and their attendance. */
@Component
class ActivitySection implements ReportSection {

    private final ActivityService activities;
    private final ActivityTypeService types;

    ActivitySection(ActivityService activities, ActivityTypeService types) {
        this.activities = activities;
        this.types = types;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public OperationsReport.Section build(ReportContext context) {
        ReportTexts texts = context.texts();
        Map<UUID, ActivityTypeSummary> typeById = types.all().stream()
                .collect(Collectors.toMap(ActivityTypeSummary::id, Function.identity()));
        List<ActivitySummary> inPeriod = activities.list(context.communityId(), ActivityFilter.all()).stream()
                .filter(activity -> context.period().contains(day(activity, context)))
                .sorted(Comparator.comparing(ActivitySummary::start)).toList();
        List<ActivitySummary> held = inPeriod.stream().filter(a -> a.status() == ActivityStatus.DONE).toList();
        long regular = held.stream().filter(a -> kind(a, typeById) == ActivityKind.REGULAR).count();
        long innovative = held.stream().filter(a -> kind(a, typeById) == ActivityKind.INNOVATIVE).count();
        long attendance = held.stream().mapToLong(ActivitySummary::attended).sum();
        long cancelled = inPeriod.stream().filter(a -> a.status() == ActivityStatus.CANCELLED).count();
        Facts facts = new Facts(List.of(
                new Fact(texts.t("report.activity.regular"), texts.count(regular)),
                new Fact(texts.t("report.activity.innovative"), texts.count(innovative)),
                new Fact(texts.t("report.activity.attendance"), texts.count(attendance)),
                new Fact(texts.t("report.activity.average"), held.isEmpty() ? texts.t("report.noRate")
                        : texts.count(Math.round((double) attendance / held.size()))),
                new Fact(texts.t("report.activity.cancelled"), texts.count(cancelled))));
        Table table = new Table(texts.t("report.activity.held"), List.of(texts.t("report.date"),
                texts.t("report.activity.title"), texts.t("report.activity.type"), texts.t("report.activity.kind"),
                texts.t("report.activity.attended")),
                held.stream().map(a -> List.of(texts.date(day(a, context)), a.title(), typeName(a, typeById, texts),
                        texts.t("activity.kind." + kind(a, typeById).name()), texts.count(a.attended()))).toList(),
                texts.t("report.activity.noneHeld"));
        return Sections.of("activity", texts, inPeriod.isEmpty(), List.of(facts, table));
    }

    private static LocalDate day(ActivitySummary activity, ReportContext context) {
        return activity.start().atZone(context.zone()).toLocalDate();
    }

    private static ActivityKind kind(ActivitySummary activity, Map<UUID, ActivityTypeSummary> types) {
        ActivityTypeSummary type = types.get(activity.typeId());
        return type == null ? ActivityKind.REGULAR : type.kind();
    }

    private static String typeName(ActivitySummary activity, Map<UUID, ActivityTypeSummary> types,
                                   ReportTexts texts) {
        ActivityTypeSummary type = types.get(activity.typeId());
        if (type == null) {
            return "–";
        }
        return type.name() != null ? type.name() : texts.t(type.labelKey());
    }
}
