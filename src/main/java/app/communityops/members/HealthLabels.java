package app.communityops.members;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The members' health as people read it, wherever a screen shows it (the members grid and panel, the dashboard's
 * panels): a segment's coloured badge, the factors as one sentence ("silent 18 days; attended 0 of the last 4
 * activities"), and the suggested next step. Texts come from the members' health bundles.
 */
public final class HealthLabels {

    private HealthLabels() {
    }

    public static String segment(Component in, HealthSegment segment) {
        return in.getTranslation(segment.labelKey());
    }

    /** The segment's name in a badge coloured by how well the segment is doing (styles.css, "member health"). */
    public static Span badge(Component in, HealthSegment segment) {
        Span badge = new Span(segment(in, segment));
        badge.addClassNames("status-badge", cssClass(segment));
        return badge;
    }

    /** The badge's classes, for markup written as text. */
    public static String cssClass(HealthSegment segment) {
        return "health-" + segment.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String factor(Component in, HealthFactor factor) {
        return in.getTranslation(factor.kind().labelKey(), factor.value(), factor.of() == null ? "" : factor.of());
    }

    /** The factors, the strongest pull down first, as one sentence; empty when there are none. */
    public static String factors(Component in, List<HealthFactor> factors) {
        return factors.stream().sorted(java.util.Comparator.comparingInt(HealthFactor::points))
                .map(factor -> factor(in, factor)).collect(Collectors.joining("; "));
    }

    public static String nextStep(Component in, List<HealthFactor> factors) {
        return in.getTranslation(HealthAdvice.nextStepKey(factors));
    }
}
