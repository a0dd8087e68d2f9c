package app.communityops.members.ui;

import app.communityops.members.HealthFactor;
import app.communityops.members.HealthLabels;
import app.communityops.members.MemberHealth;
import app.communityops.shared.ui.echarts.ChartSpec;
import app.communityops.shared.ui.echarts.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The member's health in the side panel: the score with its segment and since when, the factors behind it as
 * sentences, the strongest pull down first, and the weekly trend as a sparkline; or, before the first daily run,
 * that the member is not scored yet. The factors arrive already stripped to what the user may read.
 */
class MemberHealthSection extends Div {

    MemberHealthSection(Optional<MemberHealth> found, ZoneId zone) {
        setId("member-panel-health");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        if (found.isEmpty()) {
            Span none = new Span(getTranslation("health.panel.notScored"));
            none.setId("member-panel-health-none");
            none.addClassName("health-none");
            add(none);
            return;
        }
        MemberHealth health = found.get();
        Span score = new Span(String.valueOf(health.score()));
        score.setId("member-panel-health-score");
        score.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("line-height", "1");
        Span badge = HealthLabels.badge(this, health.segment());
        badge.setId("member-panel-health-segment");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Span since = new Span(getTranslation("health.panel.since") + " " + dates.format(health.segmentSince()));
        since.setId("member-panel-health-since");
        since.addClassName("health-none");
        Div head = new Div(score, badge, since);
        head.getStyle().set("display", "flex").set("align-items", "center").set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)");
        add(head, factors(health.factors()));
        if (!health.trend().isEmpty()) {
            add(trend(health, zone));
        }
        Span asOf = new Span(getTranslation("health.asOf", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(getLocale()).withZone(zone).format(health.computedAt())));
        asOf.setId("member-panel-health-as-of");
        asOf.addClassName("health-none");
        add(asOf);
    }

    private Div factors(List<HealthFactor> factors) {
        Div holder = new Div();
        if (factors.isEmpty()) {
            Span none = new Span(getTranslation("health.panel.noFactors"));
            none.addClassName("health-none");
            holder.add(none);
            return holder;
        }
        UnorderedList list = new UnorderedList();
        list.setId("member-panel-health-factors");
        list.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-m)");
        factors.stream().sorted(Comparator.comparingInt(HealthFactor::points))
                .forEach(factor -> list.add(new ListItem(HealthLabels.factor(this, factor))));
        holder.add(list);
        return holder;
    }

    /** The weekly scores as the dashboard's cards draw their trend; each week labelled by its first day. */
    private EChart trend(MemberHealth health, ZoneId zone) {
        List<Integer> scores = health.trend();
        LocalDate lastWeek = LocalDate.ofInstant(health.computedAt(), zone);
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            weeks.add(lastWeek.minusWeeks(scores.size() - 1L - i).toString());
        }
        String title = getTranslation("health.panel.trend", scores.size());
        ChartSpec spec = ChartSpec.sparkline(title, weeks, getTranslation("health.panel.score"),
                List.copyOf(scores)).categoryLabel(getTranslation("health.panel.week"));
        EChart chart = new EChart(spec);
        chart.setChartId("member-panel-health-trend");
        chart.setChartHeight("48px");
        return chart;
    }
}
