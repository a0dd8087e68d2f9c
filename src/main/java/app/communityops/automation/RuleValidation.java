package app.communityops.automation;

import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierSummary;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.Ids;
import app.communityops.shared.UserFacingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Checks a rule before it is saved and says which field is wrong ({@code trigger.number},
 * {@code conditions.2.value}, {@code actions.0.text}...), so the editor shows the message beside it. Answers the
 * definition as it is stored: texts stripped, parameters the trigger or the kind does not read left out. Also finds
 * what a saved rule names that has gone since (a deleted tier), for "needs attention".
 */
@Component
class RuleValidation {

    static final int MAX_NAME = 200;
    static final int MAX_ROWS = 20;
    static final int MAX_TEXT = 500;
    static final int MAX_TITLE = 200;
    static final int MAX_DUE_HOURS = 2160;
    static final int MAX_COUNT = 1000;
    static final int MAX_DAYS = 365;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    /** The segment a {@link TriggerKind#MEMBER_ENTERED_SEGMENT} rule watches when none is chosen. */
    static final String DEFAULT_SEGMENT = HealthSegment.AT_RISK.name();
    private static final Set<TriggerKind> ORDER_TRIGGERS = EnumSet.of(TriggerKind.FIRST_PURCHASE,
            TriggerKind.REPURCHASE, TriggerKind.REFUND);

    /** The tenant's tiers, channels and activity types, looked up once per check or list. */
    record References(Set<UUID> tiers, Set<UUID> channels, Set<UUID> activityTypes) {
    }

    private final MemberListService memberLists;
    private final ActivityTypeService activityTypes;

    RuleValidation(MemberListService memberLists, ActivityTypeService activityTypes) {
        this.memberLists = memberLists;
        this.activityTypes = activityTypes;
    }

    References references() {
        return new References(
                memberLists.tiers().stream().map(MemberTierSummary::id).collect(Collectors.toSet()),
                memberLists.channels().stream().map(AcquisitionChannelSummary::id).collect(Collectors.toSet()),
                activityTypes.all().stream().map(ActivityTypeSummary::id).collect(Collectors.toSet()));
    }

    String name(@Nullable String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new UserFacingException("automation.error.name", "name", MAX_NAME);
        }
        return clean;
    }

    RuleDefinition definition(RuleDefinition definition, References references) {
        RuleTrigger trigger = trigger(definition.trigger(), references);
        if (definition.conditions().size() > MAX_ROWS) {
            throw new UserFacingException("automation.error.tooManyConditions", "conditions", MAX_ROWS);
        }
        List<RuleCondition> conditions = new ArrayList<>();
        for (int i = 0; i < definition.conditions().size(); i++) {
            conditions.add(condition(i, definition.conditions().get(i), trigger.kind(), references));
        }
        if (definition.actions().isEmpty()) {
            throw new UserFacingException("automation.error.noAction", "actions");
        }
        if (definition.actions().size() > MAX_ROWS) {
            throw new UserFacingException("automation.error.tooManyActions", "actions", MAX_ROWS);
        }
        List<RuleAction> actions = new ArrayList<>();
        for (int i = 0; i < definition.actions().size(); i++) {
            actions.add(action(i, definition.actions().get(i), trigger.kind()));
        }
        return new RuleDefinition(trigger, conditions, actions);
    }

    /** What a saved rule names that no longer exists; empty when nothing is missing. */
    List<RuleProblem> problems(RuleDefinition definition, References references) {
        List<RuleProblem> problems = new ArrayList<>();
        String reference = definition.trigger().reference();
        if (definition.trigger().kind() == TriggerKind.ATTENDANCE_REACHED && reference != null
                && !Ids.parse(reference).map(references.activityTypes()::contains).orElse(false)) {
            problems.add(new RuleProblem(RuleProblem.Kind.ACTIVITY_TYPE_MISSING, 0));
        }
        for (int i = 0; i < definition.conditions().size(); i++) {
            RuleCondition condition = definition.conditions().get(i);
            ConditionKind.Value value = condition.kind().value();
            if (value == ConditionKind.Value.TIER && !exists(condition.value(), references.tiers())) {
                problems.add(new RuleProblem(RuleProblem.Kind.TIER_MISSING, i + 1));
            } else if (value == ConditionKind.Value.CHANNEL && !exists(condition.value(), references.channels())) {
                problems.add(new RuleProblem(RuleProblem.Kind.CHANNEL_MISSING, i + 1));
            }
        }
        return problems;
    }

    /** The next firing times of a six-field cron expression, or the field's message when it is not one. */
    static CronExpression cron(@Nullable String schedule) {
        String text = schedule == null ? "" : schedule.strip().replaceAll("\\s+", " ");
        if (text.split(" ").length != 6) {
            throw new UserFacingException("automation.error.cron", "trigger.schedule");
        }
        try {
            return CronExpression.parse(text);
        } catch (IllegalArgumentException invalid) {
            throw new UserFacingException("automation.error.cron", "trigger.schedule");
        }
    }

    private RuleTrigger trigger(RuleTrigger trigger, References references) {
        TriggerKind kind = trigger.kind();
        return switch (kind.parameter()) {
            case NONE -> RuleTrigger.of(kind);
            case CRON -> RuleTrigger.schedule(cron(trigger.schedule()).toString());
            case DAYS -> RuleTrigger.of(kind, number(trigger.number(), MAX_DAYS, "automation.error.days"));
            case HOURS -> RuleTrigger.of(kind, number(trigger.number(), 720, "automation.error.hours"));
            case STARS -> RuleTrigger.of(kind, number(trigger.number(), 5, "automation.error.stars"));
            case PERCENT -> RuleTrigger.of(kind, number(trigger.number(), 100, "automation.error.percent"));
            case SEGMENT -> new RuleTrigger(kind, null, null, segment(trigger.reference()));
            case COUNT -> new RuleTrigger(kind, number(trigger.number(), MAX_COUNT, "automation.error.count"), null,
                    activityType(kind, trigger.reference(), references));
        };
    }

    private static String segment(@Nullable String reference) {
        if (reference == null || reference.isBlank()) {
            return DEFAULT_SEGMENT;
        }
        for (HealthSegment segment : HealthSegment.values()) {
            if (segment.name().equals(reference.strip())) {
                return segment.name();
            }
        }
        throw new UserFacingException("automation.error.segment", "trigger.reference");
    }

    private static int number(@Nullable Integer number, int max, String key) {
        if (number == null || number < 1 || number > max) {
            throw new UserFacingException(key, "trigger.number", max);
        }
        return number;
    }

    private static @Nullable String activityType(TriggerKind kind, @Nullable String reference,
                                                 References references) {
        if (kind != TriggerKind.ATTENDANCE_REACHED || reference == null || reference.isBlank()) {
            return null;
        }
        UUID type = Ids.parse(reference.strip()).filter(references.activityTypes()::contains)
                .orElseThrow(() -> new UserFacingException("automation.error.activityType", "trigger.reference"));
        return type.toString();
    }

    private static RuleCondition condition(int index, RuleCondition condition, TriggerKind trigger,
                                           References references) {
        int number = index + 1;
        String field = "conditions." + index + ".value";
        if (condition.kind().aboutMember() && !trigger.aboutMember()) {
            throw new UserFacingException("automation.error.memberCondition", "conditions." + index + ".kind",
                    number);
        }
        if (condition.kind() == ConditionKind.EVENT_AMOUNT_AT_LEAST && !ORDER_TRIGGERS.contains(trigger)) {
            throw new UserFacingException("automation.error.amountCondition", "conditions." + index + ".kind",
                    number);
        }
        String value = condition.value() == null ? "" : condition.value().strip();
        String stored = switch (condition.kind().value()) {
            case NONE -> null;
            case TAG -> tag(value, "automation.error.conditionTag", field, number);
            case TIER -> reference(value, references.tiers(), "automation.error.tier", field, number);
            case CHANNEL -> reference(value, references.channels(), "automation.error.channel", field, number);
            case STATUS -> status(value, field, number);
            case NUMBER -> condition.kind() == ConditionKind.EVENT_AMOUNT_AT_LEAST ? amount(value, field, number)
                    : whole(value, condition.kind() == ConditionKind.SILENT_DAYS_AT_LEAST
                            || condition.kind() == ConditionKind.JOINED_WITHIN_DAYS ? MAX_DAYS : MAX_COUNT,
                            field, number);
        };
        return new RuleCondition(condition.kind(), stored);
    }

    private static String tag(String value, String key, String field, int number) {
        if (value.isEmpty() || value.length() > MemberForm.TAG_MAX_LENGTH) {
            throw new UserFacingException(key, field, number, MemberForm.TAG_MAX_LENGTH);
        }
        return value;
    }

    private static String reference(String value, Set<UUID> existing, String key, String field, int number) {
        return Ids.parse(value).filter(existing::contains).map(UUID::toString)
                .orElseThrow(() -> new UserFacingException(key, field, number));
    }

    private static String status(String value, String field, int number) {
        for (MembershipStatus status : MembershipStatus.values()) {
            if (status.name().equals(value)) {
                return value;
            }
        }
        throw new UserFacingException("automation.error.status", field, number);
    }

    private static String whole(String value, int max, String field, int number) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1 && parsed <= max) {
                return Integer.toString(parsed);
            }
        } catch (NumberFormatException notANumber) {
            // answered below, with the field
        }
        throw new UserFacingException("automation.error.number", field, number, max);
    }

    private static String amount(String value, String field, int number) {
        try {
            BigDecimal parsed = new BigDecimal(value);
            if (parsed.signum() > 0 && parsed.compareTo(MAX_AMOUNT) <= 0 && parsed.stripTrailingZeros().scale() <= 2) {
                return parsed.stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException notANumber) {
            // answered below, with the field
        }
        throw new UserFacingException("automation.error.amount", field, number);
    }

    private static RuleAction action(int index, RuleAction action, TriggerKind trigger) {
        int number = index + 1;
        if (action.kind().aboutMember() && !trigger.aboutMember()) {
            throw new UserFacingException("automation.error.memberAction", "actions." + index + ".kind", number);
        }
        String field = "actions." + index + ".text";
        String text = action.text() == null ? "" : action.text().strip();
        return switch (action.kind()) {
            case ADD_TAG, REMOVE_TAG -> new RuleAction(action.kind(),
                    tag(text, "automation.error.actionTag", field, number), null);
            case WARN, MARK_ELIMINATION_CANDIDATE -> new RuleAction(action.kind(),
                    text(text, MAX_TEXT, "automation.error.actionReason", field, number), null);
            case NOTIFY -> new RuleAction(action.kind(),
                    text(text, MAX_TEXT, "automation.error.actionMessage", field, number), null);
            case CREATE_TASK -> new RuleAction(action.kind(),
                    text(text, MAX_TITLE, "automation.error.actionTitle", field, number), due(action, index));
            case SEND_WEBHOOK -> new RuleAction(action.kind(), null, null);
        };
    }

    private static String text(String text, int max, String key, String field, int number) {
        if (text.isEmpty() || text.length() > max) {
            throw new UserFacingException(key, field, number, max);
        }
        return text;
    }

    private static int due(RuleAction action, int index) {
        Integer hours = action.dueInHours();
        if (hours == null || hours < 0 || hours > MAX_DUE_HOURS) {
            throw new UserFacingException("automation.error.dueHours", "actions." + index + ".dueInHours", index + 1,
                    MAX_DUE_HOURS);
        }
        return hours;
    }

    private static boolean exists(@Nullable String value, Set<UUID> existing) {
        return value != null && Ids.parse(value).map(existing::contains).orElse(false);
    }
}
