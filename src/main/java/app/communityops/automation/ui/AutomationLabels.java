package app.communityops.automation.ui;

import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.automation.ActionKind;
import app.communityops.automation.ConditionKind;
import app.communityops.automation.RuleAction;
import app.communityops.automation.RuleCondition;
import app.communityops.automation.RuleDefinition;
import app.communityops.automation.RuleProblem;
import app.communityops.automation.RuleSummary;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Rules in words: a trigger, a condition or an action as a sentence, and the names of kinds and problems. */
final class AutomationLabels {

    private AutomationLabels() {
    }

    /** Names of what a rule refers to by id (tiers, channels, activity types), for sentences. */
    record Names(Map<String, String> tiers, Map<String, String> channels, Map<String, String> activityTypes) {

        static final Names NONE = new Names(Map.of(), Map.of(), Map.of());

        static Names load(Component c, MemberListService memberLists, ActivityTypeService activityTypes) {
            return new Names(
                    memberLists.tiers().stream().collect(Collectors.toMap(tier -> tier.id().toString(),
                            MemberTierSummary::name)),
                    memberLists.channels().stream().collect(Collectors.toMap(channel -> channel.id().toString(),
                            AcquisitionChannelSummary::name)),
                    activityTypes.all().stream().collect(Collectors.toMap(type -> type.id().toString(),
                            type -> activityType(c, type))));
        }
    }

    static String activityType(Component c, ActivityTypeSummary type) {
        return type.name() != null ? type.name() : c.getTranslation(type.labelKey());
    }

    static String trigger(Component c, TriggerKind kind) {
        return c.getTranslation("automation.trigger." + kind.name() + ".label");
    }

    static String condition(Component c, ConditionKind kind) {
        return c.getTranslation("automation.condition." + kind.name() + ".label");
    }

    static String action(Component c, ActionKind kind) {
        return c.getTranslation("automation.action." + kind.name() + ".label");
    }

    static String parameter(Component c, TriggerKind.Parameter parameter) {
        return c.getTranslation("automation.parameter." + parameter.name());
    }

    /** A health segment's name, as the member-health settings name it. */
    static String segment(Component c, HealthSegment segment) {
        return c.getTranslation("memberhealth.segment." + segment.name());
    }

    static String whenText(Component c, RuleTrigger trigger, Names names) {
        String key = "automation.trigger." + trigger.kind().name() + ".summary";
        if (trigger.kind() == TriggerKind.MEMBER_ENTERED_SEGMENT) {
            return c.getTranslation(key, segment(c, trigger.reference() == null ? HealthSegment.AT_RISK
                    : HealthSegment.valueOf(trigger.reference())));
        }
        if (trigger.kind() == TriggerKind.SCHEDULE) {
            return c.getTranslation(key, Objects.requireNonNullElse(trigger.schedule(), ""));
        }
        String text = c.getTranslation(key, trigger.number() == null ? 0 : trigger.number());
        if (trigger.reference() != null) {
            text += " " + c.getTranslation("automation.trigger.ofType",
                    names.activityTypes().getOrDefault(trigger.reference(), "?"));
        }
        return text;
    }

    static String conditionText(Component c, RuleCondition condition, Names names) {
        String value = Objects.requireNonNullElse(condition.value(), "");
        String shown = switch (condition.kind().value()) {
            case TIER -> names.tiers().getOrDefault(value, c.getTranslation("automation.problem.deleted"));
            case CHANNEL -> names.channels().getOrDefault(value, c.getTranslation("automation.problem.deleted"));
            case STATUS -> value.isEmpty() ? "" : c.getTranslation("membership.status." + value);
            default -> value;
        };
        return c.getTranslation("automation.condition." + condition.kind().name() + ".summary", shown);
    }

    static String actionText(Component c, RuleAction action) {
        return c.getTranslation("automation.action." + action.kind().name() + ".summary",
                Objects.requireNonNullElse(action.text(), ""),
                action.dueInHours() == null ? 0 : action.dueInHours());
    }

    /** "if … and …", or that the rule has no conditions. */
    static String ifText(Component c, RuleDefinition definition, Names names) {
        if (definition.conditions().isEmpty()) {
            return c.getTranslation("automation.if.always");
        }
        return c.getTranslation("automation.if.prefix", definition.conditions().stream()
                .map(condition -> conditionText(c, condition, names))
                .collect(Collectors.joining(" " + c.getTranslation("automation.if.and") + " ")));
    }

    static String thenText(Component c, RuleDefinition definition) {
        return definition.actions().stream().map(action -> actionText(c, action)).collect(Collectors.joining("; "));
    }

    static String scope(Component c, RuleSummary rule) {
        return rule.tenantWide() ? c.getTranslation("automation.scope.tenantWide")
                : Objects.requireNonNullElse(rule.communityName(), "");
    }

    static String problem(Component c, RuleProblem problem) {
        return c.getTranslation("automation.problem." + problem.kind().name(), problem.position());
    }

    static String problems(Component c, List<RuleProblem> problems) {
        return problems.stream().map(problem -> problem(c, problem)).collect(Collectors.joining("; "));
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Span status(Component c, RuleSummary rule) {
        if (rule.needsAttention()) {
            Span badge = badge(c.getTranslation("automation.status.attention"), "error");
            badge.setTitle(problems(c, rule.problems()));
            return badge;
        }
        return rule.enabled() ? badge(c.getTranslation("automation.status.enabled"), "success")
                : badge(c.getTranslation("automation.status.draft"), "contrast");
    }

    /** Asks before switching a rule on or off: on acts on events from now on, off stops it. */
    static void confirmToggle(Component c, String ruleName, boolean enable, Runnable onConfirm) {
        String which = enable ? "enable" : "disable";
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(c.getTranslation("automation.confirm." + which + ".title", ruleName));
        dialog.setText(c.getTranslation("automation.confirm." + which + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(c.getTranslation("action.cancel"));
        dialog.setConfirmText(c.getTranslation("automation.confirm." + which + ".action"));
        dialog.setConfirmButtonTheme(enable ? "primary" : "error primary");
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
    }

    static Locale locale() {
        return UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
