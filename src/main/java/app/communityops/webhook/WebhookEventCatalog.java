package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code data} of each event type carries, for the OpenAPI description: each field with its JSON type and
 * meaning, and an example. Receivers must ignore fields they do not know; new fields may be added without notice,
 * none is removed or changes meaning within the same event type.
 */
final class WebhookEventCatalog {

    /** One field of an event's data: its JSON type ("string", "integer", "number", "boolean"), format, meaning. */
    record Field(String name, String type, String format, String description, Object example) {
    }

    private static final String MEMBER = "0193c9d2-41a7-7c3e-9a51-2f6d3e8b1c04";
    private static final String MEMBERSHIP = "0193c9d2-41a8-71f0-8d2e-5b7a9c3e6f12";

    private WebhookEventCatalog() {
    }

    static String summary(AutomationEventType type) {
        return switch (type) {
            case MEMBER_APPLIED -> "Someone applied to join a community and waits for screening.";
            case MEMBER_JOINED -> "A member joined a community (approved, or admitted directly).";
            case MEMBER_LEFT -> "A member left a community.";
            case MEMBER_ELIMINATED -> "A member was eliminated from a community (淘汰), with the reason.";
            case MEMBER_WARNED -> "A member was warned; the count is the member's warnings in the community.";
            case ORDER_PAID -> "An order was paid (a course, a consultation, a paid entry).";
            case ORDER_REFUNDED -> "An order was refunded, fully or in part.";
            case REVIEW_RECORDED -> "A review of an order was recorded.";
            case KPI_STATUS_CHANGED -> "A community's KPI moved to another status against its target.";
            case RULE_FIRED -> "An automation rule with a \"send webhook\" action fired.";
        };
    }

    static List<Field> fields(AutomationEventType type) {
        return switch (type) {
            case MEMBER_APPLIED, MEMBER_JOINED, MEMBER_LEFT -> member();
            case MEMBER_ELIMINATED -> with(member(),
                    new Field("reason", "string", "", "Why the member was eliminated.", "Advertised in the group"));
            case MEMBER_WARNED -> with(member(),
                    new Field("warnings", "integer", "int32", "The member's warnings in the community so far.", 2),
                    new Field("reason", "string", "", "Why the member was warned.", "Off-topic advertising"));
            case ORDER_PAID -> List.of(
                    new Field("orderId", "string", "uuid", "The order.", "0193c9d3-0a11-7b42-8c77-1e2f3a4b5c6d"),
                    new Field("memberId", "string", "uuid", "The buyer, a member of the community.", MEMBER),
                    new Field("offerId", "string", "uuid", "What was bought.", "0193c9d3-0a12-7d01-9e3f-4a5b6c7d8e9f"),
                    new Field("offerName", "string", "", "The offer's name.", "Career Growth Camp entry"),
                    new Field("amount", "string", "decimal", "The amount paid, as a decimal number in text.", "19.90"),
                    new Field("currency", "string", "", "ISO 4217 currency code.", "CNY"),
                    new Field("firstPurchase", "boolean", "", "The member's first purchase in the community.", true));
            case ORDER_REFUNDED -> List.of(
                    new Field("orderId", "string", "uuid", "The refunded order.",
                            "0193c9d3-0a11-7b42-8c77-1e2f3a4b5c6d"),
                    new Field("memberId", "string", "uuid", "The buyer.", MEMBER),
                    new Field("amount", "string", "decimal", "The amount refunded, as a decimal number in text.",
                            "19.90"),
                    new Field("currency", "string", "", "ISO 4217 currency code.", "CNY"));
            case REVIEW_RECORDED -> List.of(
                    new Field("orderId", "string", "uuid", "The reviewed order.",
                            "0193c9d3-0a11-7b42-8c77-1e2f3a4b5c6d"),
                    new Field("memberId", "string", "uuid", "Who reviewed.", MEMBER),
                    new Field("stars", "integer", "int32", "1 to 5 stars.", 2));
            case KPI_STATUS_CHANGED -> List.of(
                    new Field("kpi", "string", "", "The KPI's key.", "course_purchase_rate"),
                    new Field("status", "string", "", "GREEN, AMBER or RED against the target.", "RED"),
                    new Field("previousStatus", "string", "", "The status before.", "AMBER"),
                    new Field("value", "number", "double", "The KPI's value for the period.", 0.042));
            case RULE_FIRED -> List.of(
                    new Field("ruleId", "string", "uuid", "The rule.", "0193c9d4-5e6f-7a80-b1c2-d3e4f5a6b7c8"),
                    new Field("ruleName", "string", "", "The rule's name.", "Silent member win-back"),
                    new Field("runId", "string", "uuid", "The run of the rule that sent this event.",
                            "0193c9d4-5e70-7c11-a2b3-c4d5e6f7a8b9"),
                    new Field("trigger", "string", "", "What fired the rule (its trigger kind).", "MEMBER_SILENT"),
                    new Field("memberId", "string", "uuid", "The member the rule fired for, when it is about one.",
                            MEMBER));
        };
    }

    /** The event's data as an example body would carry it. */
    static Map<String, Object> example(AutomationEventType type) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Field field : fields(type)) {
            data.put(field.name(), field.example());
        }
        return data;
    }

    private static List<Field> member() {
        return List.of(
                new Field("memberId", "string", "uuid", "The member (one person across the tenant's communities).",
                        MEMBER),
                new Field("membershipId", "string", "uuid", "The member's membership of this community.", MEMBERSHIP),
                new Field("memberName", "string", "", "The member's display name.", "Zhang Wei 张伟"));
    }

    private static List<Field> with(List<Field> base, Field... more) {
        List<Field> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
