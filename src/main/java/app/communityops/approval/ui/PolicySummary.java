package app.communityops.approval.ui;

import app.communityops.approval.ApprovalSettings;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One line saying what a setting asks for: "Content, rulebook: Operators → Client". */
final class PolicySummary {

    private PolicySummary() {
    }

    static String of(Component context, ApprovalSettings settings) {
        if (!settings.content() && !settings.rulebook()) {
            return context.getTranslation("approval.settings.summary.none");
        }
        List<String> what = new ArrayList<>();
        if (settings.content()) {
            what.add(context.getTranslation("approval.settings.summary.content"));
        }
        if (settings.rulebook()) {
            what.add(context.getTranslation("approval.settings.summary.rulebook"));
        }
        String steps = settings.steps().stream().map(step -> ApprovalLabels.step(context, step))
                .collect(Collectors.joining(" → "));
        return context.getTranslation("approval.settings.summary", String.join(", ", what), steps);
    }
}
