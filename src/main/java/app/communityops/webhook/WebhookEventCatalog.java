package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code data} of each event type carries, as the automation engine fills it, for the OpenAPI description:
 * each field with its JSON type and meaning, whether it is always there, and an example. Receivers must ignore fields
 * they do not know; new fields may be added without notice, none is removed or changes meaning within a type.
 */
final class WebhookEventCatalog {

    /**
     * One field of an event's data: its JSON type ("string", "integer", "number", "boolean", "object"), format,
     * meaning, whether every event of the type has it, an example, and for an object its own fields.
     */
    record Field(String name, String type, String format, String description, boolean always, Object example,
                 List<Field> fields) {

        static Field of(String name, String type, String format, String description, boolean always,
                        Object example) {
            return new Field(name, type, format, description, always, example, List.of());
        }

        static Field object(String name, String description, boolean always, Field... fields) {
            Map<String, Object> example = new LinkedHashMap<>();
            for (Field field : fields) {
                example.put(field.name(), field.example());
            }
            return new Field(name, "object", "", description, always, example, List.of(fields));
        }
    }

    private static final String MEMBER = "0193c9d2-41a7-7c3e-9a51-2f6d3e8b1c04";
    private static final String MEMBERSHIP = "0193c9d2-41a8-71f0-8d2e-5b7a9c3e6f12";
    private static final String ORDER = "0193c9d3-0a11-7b42-8c77-1e2f3a4b5c6d";

    private WebhookEventCatalog() {
    }

    static String summary(AutomationEventType type) {
        return switch (type) {
            case MEMBER_APPLIED -> "Someone applied to join a community and waits for screening.";
            case MEMBER_JOINED -> "A member joined a community (approved, admitted directly or imported).";
            case MEMBER_LEFT -> "A member left a community.";
            case MEMBER_ELIMINATED -> "A member was eliminated from a community (淘汰), with the reason.";
            case MEMBER_WARNED -> "A member was warned; warnings is the member's count in the community after it.";
            case ORDER_PAID -> "An order was paid (a course, a consultation, a paid entry).";
            case ORDER_REFUNDED -> "An order was refunded, fully or in part.";
            case REVIEW_RECORDED -> "A review of an order was recorded.";
            case KPI_STATUS_CHANGED -> "A community's KPI moved to another status against its target.";
            case RULE_FIRED -> "An automation rule with a \"send webhook\" action fired.";
        };
    }

    static List<Field> fields(AutomationEventType type) {
        return switch (type) {
            case MEMBER_APPLIED -> member(
                    Field.of("imported", "boolean", "", "Present and true when the application came from a member "
                            + "import.", false, false));
            case MEMBER_JOINED -> member(
                    Field.of("seated", "integer", "int64", "The community's joined members after this join.", false,
                            128),
                    Field.of("capacity", "integer", "int32", "The community's capacity, when it has one.", false, 500),
                    Field.of("imported", "boolean", "", "Present and true when the join came from a member import.",
                            false, false));
            case MEMBER_LEFT -> member(
                    Field.of("reason", "string", "", "Why, when one was recorded.", false, "Moved abroad"));
            case MEMBER_ELIMINATED -> member(
                    Field.of("reason", "string", "", "Why the member was eliminated.", false,
                            "Advertised in the group"),
                    Field.of("redLineId", "string", "uuid", "The red line crossed, when one was cited.", false,
                            "0193c9d2-5f00-7a11-8b22-c33d44e55f66"));
            case MEMBER_WARNED -> member(
                    Field.of("reason", "string", "", "Why the member was warned.", false, "Off-topic advertising"),
                    Field.of("redLineId", "string", "uuid", "The red line crossed, when one was cited.", false,
                            "0193c9d2-5f00-7a11-8b22-c33d44e55f66"));
            case ORDER_PAID -> List.of(
                    Field.of("subjectId", "string", "uuid", "The order.", true, ORDER),
                    Field.of("memberId", "string", "uuid", "The buyer, a member of the community.", true, MEMBER),
                    Field.of("amount", "string", "decimal", "The amount paid, a decimal number as text.", true,
                            "19.90"),
                    Field.of("currency", "string", "", "ISO 4217 currency code.", true, "CNY"),
                    Field.of("purchases", "integer", "int32", "The buyer's paid orders in the community, this one "
                            + "included (1 is a first purchase).", true, 1));
            case ORDER_REFUNDED -> List.of(
                    Field.of("subjectId", "string", "uuid", "The refunded order.", true, ORDER),
                    Field.of("memberId", "string", "uuid", "The buyer.", true, MEMBER),
                    Field.of("amount", "string", "decimal", "The amount refunded, a decimal number as text.", true,
                            "19.90"),
                    Field.of("currency", "string", "", "ISO 4217 currency code.", true, "CNY"));
            case REVIEW_RECORDED -> List.of(
                    Field.of("subjectId", "string", "uuid", "The reviewed order.", true, ORDER),
                    Field.of("memberId", "string", "uuid", "Who reviewed.", true, MEMBER),
                    Field.of("stars", "integer", "int32", "1 to 5 stars.", true, 2));
            case KPI_STATUS_CHANGED -> List.of(
                    Field.of("kpi", "string", "", "The KPI.", true, "COURSE_PURCHASE_RATE"),
                    Field.of("status", "string", "", "Its status now against the target: GREEN, AMBER or RED.", true,
                            "RED"),
                    Field.of("periodKind", "string", "", "The period the status is for: WEEK, MONTH or QUARTER.",
                            true, "MONTH"),
                    Field.of("periodStart", "string", "date", "The first day of that period.", true, "2026-12-01"));
            case RULE_FIRED -> List.of(
                    Field.object("rule", "The rule that fired.", true,
                            Field.of("id", "string", "uuid", "The rule.", true, "0193c9d4-5e6f-7a80-b1c2-d3e4f5a6b7c8"),
                            Field.of("name", "string", "", "Its name.", true, "Silent member win-back"),
                            Field.of("version", "integer", "int64", "The version of the rule that ran.", true, 3)),
                    Field.of("trigger", "string", "", "What fired it (the rule's trigger kind).", true,
                            "MEMBER_SILENT"),
                    Field.of("runId", "string", "uuid", "The run of the rule, as its run log shows it.", true,
                            "0193c9d4-5e70-7c11-a2b3-c4d5e6f7a8b9"),
                    Field.object("member", "The member the rule fired for, when its trigger is about one.", false,
                            Field.of("memberId", "string", "uuid", "The member.", true, MEMBER),
                            Field.of("membershipId", "string", "uuid", "The membership of this community.", true,
                                    MEMBERSHIP),
                            Field.of("name", "string", "", "The member's display name.", true, "Zhang Wei 张伟")),
                    Field.of("communityId", "string", "uuid", "The rule's community, as in the envelope.", false,
                            "0193c9c0-1111-7222-8333-444455556666"));
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

    /** Every membership event carries the member, the membership and the member's warnings, then its own fields. */
    private static List<Field> member(Field... more) {
        List<Field> all = new ArrayList<>(List.of(
                Field.of("memberId", "string", "uuid", "The member (one person across the tenant's communities).",
                        true, MEMBER),
                Field.of("membershipId", "string", "uuid", "The member's membership of this community.", true,
                        MEMBERSHIP),
                Field.of("warnings", "integer", "int32", "The member's warnings in the community after the event.",
                        true, 0)));
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
