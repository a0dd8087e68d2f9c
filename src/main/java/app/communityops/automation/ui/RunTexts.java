package app.communityops.automation.ui;

import app.communityops.automation.ActionOutcome;
import app.communityops.automation.ConditionResult;
import app.communityops.automation.RuleCondition;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.RunEntry;
import app.communityops.automation.RunStatus;
import app.communityops.automation.TriggerKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** How triggers, conditions, outcomes and statuses read on the automation screens, in the user's language. */
final class RunTexts {

    private final BiFunction<String, Object[], String> translate;

    RunTexts(Component component) {
        this.translate = component::getTranslation;
    }

    String trigger(TriggerKind kind, @Nullable Integer number, @Nullable String schedule) {
        return switch (kind.parameter()) {
            case NONE -> text("automation.runs.trigger." + kind.name());
            case CRON -> text("automation.runs.trigger." + kind.name(), Objects.requireNonNullElse(schedule, ""));
            default -> text("automation.runs.trigger." + kind.name(), number == null ? "?" : String.valueOf(number));
        };
    }

    String trigger(RuleTrigger trigger) {
        return trigger(trigger.kind(), trigger.number(), trigger.schedule());
    }

    String condition(ConditionResult result) {
        String label = condition(new RuleCondition(result.kind(), result.value()));
        String held = text(result.held() ? "automation.runs.held" : "automation.runs.notHeld");
        String note = result.note();
        return label + ": " + held + (note == null ? "" : " (" + text("automation.runs.note." + note) + ")");
    }

    String condition(RuleCondition condition) {
        return switch (condition.kind().value()) {
            case NONE -> text("automation.runs.condition." + condition.kind().name());
            default -> text("automation.runs.condition." + condition.kind().name(),
                    Objects.requireNonNullElse(condition.value(), ""));
        };
    }

    String action(ActionOutcome outcome) {
        String detail = outcome.detail();
        return text("automation.runs.action." + outcome.kind().name())
                + (detail == null || detail.isBlank() ? "" : " “" + detail + "”") + ": "
                + text("automation.runs.outcome." + outcome.outcome());
    }

    String status(RunEntry run) {
        if (run.status() == RunStatus.SKIPPED && run.skipReason() != null) {
            return text("automation.runs.skip." + run.skipReason().name());
        }
        return text("automation.runs.status." + run.status().name());
    }

    /** A short line of what the run did: its actions' outcomes, or why it did nothing. */
    String result(RunEntry run) {
        if (!run.actions().isEmpty()) {
            return String.join(" · ", run.actions().stream().map(this::action).toList());
        }
        if (run.status() == RunStatus.NOT_MET) {
            return String.join(" · ", run.conditions().stream().filter(c -> !c.held()).map(this::condition).toList());
        }
        String error = run.lastError();
        return error != null ? text("automation.runs.error", error) : status(run);
    }

    Span badge(RunStatus status) {
        Span badge = new Span(text("automation.runs.status." + status.name()));
        badge.addClassName("status-badge");
        badge.addClassName(switch (status) {
            case SUCCEEDED -> "success";
            case FAILED -> "error";
            case RETRYING -> "warning";
            default -> "contrast";
        });
        return badge;
    }

    String text(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }
}
