package app.communityops.webhook;

import app.communityops.automation.AutomationEventType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds every webhook to the OpenAPI description's {@code webhooks} section (OpenAPI 3.1): one operation per event type
 * and the test {@code ping}, each with its payload schema (the envelope with the type's {@code data}), an example and
 * the headers, the signature's among them with how to verify it.
 */
@Configuration(proxyBeanMethods = false)
class WebhookOpenApi {

    static final String TAG = "Webhooks";
    private static final String EXAMPLE_DELIVERY = "0193c9e0-7a1b-7c2d-8e3f-405162738495";
    private static final String EXAMPLE_EVENT = "0193c9e0-7a1a-7f00-9b1c-2d3e4f506172";
    private static final String EXAMPLE_COMMUNITY = "0193c9c0-1111-7222-8333-444455556666";
    private static final Instant EXAMPLE_TIME = Instant.parse("2026-12-07T08:30:00Z");

    static final String VERIFY = """
            Every delivery is a POST with a JSON body and three headers: `CommunityOps-Event` (the event type), \
            `CommunityOps-Delivery` (this delivery's id; a retry keeps it, a replay gets a new one) and \
            `CommunityOps-Signature: t=<unix seconds>,v1=<hex>`. To verify: take `t` and the raw request body as \
            received (before any JSON parsing), compute HMAC-SHA256 of `<t>.<body>` keyed with the endpoint's secret \
            (the text shown when the endpoint was created or its secret rotated, as UTF-8 bytes), compare it with \
            `v1` in constant time, and refuse the request if `t` is more than 300 seconds away from your clock. \
            Answer 2xx within 10 seconds to acknowledge; any other answer, a redirect (never followed) or no answer \
            is retried with exponential back-off (1, 4, 16 minutes ... at most 6 hours apart, 8 attempts in all), \
            after which the delivery fails and the tenant admins are told. A delivery may arrive more than once: \
            de-duplicate by the payload's `id`, which is the event's and stays the same across retries and replays.""";

    @Bean
    OpenApiCustomizer webhookOpenApiCustomizer() {
        return WebhookOpenApi::describe;
    }

    static void describe(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Components components = api.getComponents();
        components.addSchemas("WebhookEnvelope", envelope());
        List<Tag> tags = api.getTags() == null ? new ArrayList<>() : new ArrayList<>(api.getTags());
        if (tags.stream().noneMatch(tag -> TAG.equals(tag.getName()))) {
            tags.add(new Tag().name(TAG).description("Events CommunityOps POSTs to the endpoints a tenant admin "
                    + "configures (Administration → Webhooks). " + VERIFY));
            api.setTags(tags);
        }
        for (AutomationEventType type : AutomationEventType.values()) {
            String schema = schemaName(type.wireName());
            components.addSchemas(schema, event(type.wireName(), data(type)));
            api.addWebhooks(type.wireName(), webhook(type.wireName(), operationId(type.wireName()),
                    WebhookEventCatalog.summary(type), schema,
                    WebhookPayloads.envelope(UUID.fromString(EXAMPLE_EVENT), type.wireName(), EXAMPLE_TIME,
                            UUID.fromString(EXAMPLE_COMMUNITY), WebhookEventCatalog.example(type))));
        }
        String ping = schemaName(WebhookPayloads.PING);
        components.addSchemas(ping, event(WebhookPayloads.PING, pingData()));
        api.addWebhooks(WebhookPayloads.PING, webhook(WebhookPayloads.PING, operationId(WebhookPayloads.PING),
                "A test event, sent when a tenant admin presses \"Send test event\". It is sent to that endpoint only, "
                        + "whatever it subscribes to, and tried once.", ping,
                WebhookPayloads.ping(UUID.fromString(EXAMPLE_EVENT), UUID.fromString(EXAMPLE_DELIVERY),
                        EXAMPLE_TIME)));
    }

    private static PathItem webhook(String type, String operationId, String summary, String schema,
                                    String exampleBody) {
        Operation post = new Operation()
                .operationId(operationId)
                .summary(type)
                .description(summary + "\n\n" + VERIFY)
                .addTagsItem(TAG)
                .parameters(headers(type))
                .requestBody(new RequestBody().required(true).description("The event, as JSON.")
                        .content(new Content().addMediaType("application/json", new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + schema))
                                .addExamples(type, new Example().summary("A " + type + " event, as sent")
                                        .value(parse(exampleBody))))))
                .responses(new ApiResponses()
                        .addApiResponse("2XX", new ApiResponse().description(
                                "Received: the delivery is done. The answer's body is kept (its first 2,000 "
                                        + "characters) in the delivery log."))
                        .addApiResponse("default", new ApiResponse().description(
                                "Anything else, a redirect included, is retried with back-off.")));
        return new PathItem().post(post);
    }

    private static List<Parameter> headers(String type) {
        return List.of(
                header(WebhookSignature.HEADER, "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">, keyed with "
                                + "the endpoint's secret. Verify it before trusting the body; see the description.",
                        string().pattern("^t=\\d+,v1=[0-9a-f]{64}$"),
                        "t=1796632200,v1=5f2c0d6b8e0f4a1c9b7d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b"),
                header(WebhookSignature.EVENT_HEADER, "The event type, the same as the payload's `type`.",
                        string(), type),
                header(WebhookSignature.DELIVERY_HEADER, "This delivery's id: the same on every retry of it, new "
                        + "for a replay.", string().format("uuid"), EXAMPLE_DELIVERY));
    }

    private static Parameter header(String name, String description, Schema<?> schema, String example) {
        return new HeaderParameter().name(name).required(true).description(description).schema(schema)
                .example(example);
    }

    private static Schema<?> envelope() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("id", string().format("uuid").description(
                "The event's id: the same for every endpoint, retry and replay of this event. De-duplicate by it."));
        properties.put("type", string().description("The event type, e.g. member.joined."));
        properties.put("occurredAt", string().format("date-time").description("When it happened, UTC."));
        properties.put("communityId", new Schema<>().types(new java.util.LinkedHashSet<>(List.of("string", "null")))
                .format("uuid").description("The community it happened in; null for an event of the whole tenant."));
        properties.put("data", object().description("What happened; its fields depend on the type."));
        return object().description("Every webhook payload has this envelope.").properties(properties)
                .required(List.of("id", "type", "occurredAt", "communityId", "data"));
    }

    private static Schema<?> event(String type, Schema<?> data) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        Schema<Object> typeSchema = string();
        typeSchema.addEnumItemObject(type);
        properties.put("type", typeSchema);
        properties.put("data", data);
        return new Schema<>().allOf(List.of(new Schema<>().$ref("#/components/schemas/WebhookEnvelope"),
                object().properties(properties)));
    }

    private static Schema<?> data(AutomationEventType type) {
        return fields(WebhookEventCatalog.fields(type)).additionalProperties(true);
    }

    /** An object schema of the fields, those every event has listed as required. */
    private static Schema<Object> fields(List<WebhookEventCatalog.Field> fields) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (WebhookEventCatalog.Field field : fields) {
            Schema<Object> schema = field.type().equals("object") ? fields(field.fields())
                    : new Schema<>().types(new java.util.LinkedHashSet<>(List.of(field.type())));
            schema.description(field.description());
            if (!field.format().isEmpty()) {
                schema.format(field.format());
            }
            properties.put(field.name(), schema);
            if (field.always()) {
                required.add(field.name());
            }
        }
        Schema<Object> object = object().properties(properties);
        if (!required.isEmpty()) {
            object.required(required);
        }
        return object;
    }

    private static Schema<?> pingData() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("endpointId", string().format("uuid").description("The endpoint the test was sent to."));
        properties.put("message", string().description("A sentence saying this is a test."));
        return object().properties(properties).additionalProperties(true);
    }

    private static Schema<Object> string() {
        return new Schema<>().types(new java.util.LinkedHashSet<>(List.of("string")));
    }

    private static Schema<Object> object() {
        return new Schema<>().types(new java.util.LinkedHashSet<>(List.of("object")));
    }

    private static Object parse(String json) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, Map.class);
    }

    static String schemaName(String wireName) {
        StringBuilder name = new StringBuilder("WebhookEvent");
        for (String part : wireName.split("[._]")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return name.toString();
    }

    static String operationId(String wireName) {
        return "on" + schemaName(wireName).substring("WebhookEvent".length());
    }
}
