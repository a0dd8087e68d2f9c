package app.communityops.approval.ui;

import app.communityops.approval.ApprovalStatus;
import app.communityops.approval.ApprovalStep;
import app.communityops.approval.ApprovalSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Names, badges and the step track of approvals, shared by the screens. */
final class ApprovalLabels {

    private ApprovalLabels() {
    }

    static String step(Component context, ApprovalStep step) {
        return context.getTranslation("approval.step." + step.name());
    }

    static Span badge(Component context, ApprovalStatus status) {
        Span badge = new Span(context.getTranslation("approval.status." + status.name()));
        badge.getElement().getThemeList().add("badge pill " + switch (status) {
            case PENDING -> "";
            case APPROVED -> "success";
            case CHANGES_REQUESTED -> "error";
            case WITHDRAWN -> "contrast";
        });
        badge.addClassName("approval-status");
        return badge;
    }

    static String time(Component context, Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale()).withZone(zone).format(at);
    }

    /** The steps in order, those done ticked, the open one marked. */
    static Div track(Component context, ApprovalSummary request) {
        Div track = new Div();
        track.addClassName("approval-track");
        track.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        for (int index = 0; index < request.steps().size(); index++) {
            boolean done = index < request.currentStep();
            boolean open = index == request.currentStep() && request.status() == ApprovalStatus.PENDING;
            String mark = done ? "✓ " : open ? "● " : "";
            Span step = new Span(mark + (index + 1) + ". " + step(context, request.steps().get(index)));
            step.getElement().getThemeList().add("badge " + (done ? "success" : open ? "primary" : "contrast"));
            step.setId("approval-step-" + index);
            track.add(step);
        }
        return track;
    }
}
