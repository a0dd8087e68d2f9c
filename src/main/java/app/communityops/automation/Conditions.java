package app.communityops.automation;

import app.communityops.members.MemberAutomationService;
import app.communityops.members.MemberFacts;
import app.communityops.money.PurchaseFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Evaluates a rule's conditions for one signal against today's facts, read through the owning modules' services.
 * A condition that cannot be answered (a member who is gone, a tier or channel deleted since the rule was written,
 * a value that is not a number) does not hold, and its result says why.
 */
@Component
class Conditions {

    private final MemberAutomationService members;
    private final PurchaseFacts purchases;

    Conditions(MemberAutomationService members, PurchaseFacts purchases) {
        this.members = members;
        this.purchases = purchases;
    }

    /** The member the signal is about, if it is about one and the member is still there. */
    Optional<MemberFacts> member(Signal signal) {
        UUID membership = signal.membershipId();
        if (membership != null) {
            return members.facts(membership);
        }
        UUID community = signal.communityId();
        UUID member = signal.memberId();
        if (community != null && member != null) {
            return members.facts(community, member);
        }
        return Optional.empty();
    }

    List<ConditionResult> evaluate(List<RuleCondition> conditions, Signal signal, Optional<MemberFacts> member,
                                   Instant now) {
        List<ConditionResult> results = new ArrayList<>();
        for (RuleCondition condition : conditions) {
            results.add(evaluate(condition, signal, member, now));
        }
        return results;
    }

    private ConditionResult evaluate(RuleCondition condition, Signal signal, Optional<MemberFacts> found,
                                     Instant now) {
        ConditionKind kind = condition.kind();
        String value = condition.value();
        if (kind == ConditionKind.EVENT_AMOUNT_AT_LEAST) {
            BigDecimal amount = signal.decimal("amount");
            BigDecimal wanted = decimal(value);
            if (wanted == null) {
                return result(condition, false, "BAD_VALUE");
            }
            return amount == null ? result(condition, false, "NO_AMOUNT")
                    : result(condition, amount.compareTo(wanted) >= 0, null);
        }
        if (found.isEmpty()) {
            return result(condition, false, "NO_MEMBER");
        }
        MemberFacts member = found.get();
        Integer number = number(value);
        return switch (kind) {
            case MEMBER_HAS_TAG -> result(condition, value != null && member.tags().contains(value.strip()), null);
            case MEMBER_LACKS_TAG -> result(condition, value == null || !member.tags().contains(value.strip()), null);
            case MEMBER_TIER_IS -> reference(condition, value, member.tierId(), true);
            case MEMBER_CHANNEL_IS -> reference(condition, value, member.channelId(), false);
            case MEMBER_STATUS_IS -> result(condition, member.status().name().equalsIgnoreCase(
                    value == null ? "" : value.strip()), null);
            case WARNINGS_AT_LEAST -> number == null ? result(condition, false, "BAD_VALUE")
                    : result(condition, member.warningCount() >= number, null);
            case SILENT_DAYS_AT_LEAST -> {
                Instant since = member.silentSince();
                if (number == null) {
                    yield result(condition, false, "BAD_VALUE");
                }
                yield since == null ? result(condition, false, "NOT_JOINED")
                        : result(condition, !since.plus(Duration.ofDays(number)).isAfter(now), null);
            }
            case JOINED_WITHIN_DAYS -> {
                Instant joined = member.joinedAt();
                if (number == null) {
                    yield result(condition, false, "BAD_VALUE");
                }
                yield joined == null ? result(condition, false, "NOT_JOINED")
                        : result(condition, joined.plus(Duration.ofDays(number)).isAfter(now), null);
            }
            case PURCHASES_AT_LEAST -> number == null ? result(condition, false, "BAD_VALUE")
                    : result(condition, purchases.purchases(member.communityId(), member.memberId()) >= number, null);
            case NO_PURCHASE_YET -> result(condition,
                    purchases.purchases(member.communityId(), member.memberId()) == 0, null);
            case EVENT_AMOUNT_AT_LEAST -> throw new IllegalStateException("answered above");
        };
    }

    /** A tier or channel named by id: deleted since the rule was written, it holds for nobody, and says so. */
    private ConditionResult reference(RuleCondition condition, @Nullable String value, @Nullable UUID actual,
                                      boolean tier) {
        UUID wanted = uuid(value);
        if (wanted == null) {
            return result(condition, false, "BAD_VALUE");
        }
        boolean exists = tier ? members.tierExists(wanted) : members.channelExists(wanted);
        if (!exists) {
            return result(condition, false, tier ? "TIER_DELETED" : "CHANNEL_DELETED");
        }
        return result(condition, wanted.equals(actual), null);
    }

    private static ConditionResult result(RuleCondition condition, boolean held, @Nullable String note) {
        return new ConditionResult(condition.kind(), condition.value(), held, note);
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
