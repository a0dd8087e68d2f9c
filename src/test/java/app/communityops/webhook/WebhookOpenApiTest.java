package app.communityops.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.automation.AutomationEvent;
import app.communityops.automation.AutomationEventType;
import app.communityops.testing.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI description (OpenAPI 3.1) documents every webhook: one per event type and the test ping, each a
 * POST with its payload schema, an example that is what the sender would send for that type, and the three headers,
 * the signature's with a pattern its example matches and how to verify it.
 */
@IntegrationTest
class WebhookOpenApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    JsonNode description;

    @BeforeEach
    void fetch() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        description = JSON.readTree(mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void everyEventTypeAndThePingIsAWebhookWithASchemaAndAnExample() {
        assertThat(description.get("openapi").asString()).startsWith("3.1");
        JsonNode webhooks = description.get("webhooks");
        List<String> expected = new ArrayList<>();
        for (AutomationEventType type : AutomationEventType.values()) {
            expected.add(type.wireName());
        }
        expected.add("ping");
        assertThat(names(webhooks)).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> operationIds = new HashSet<>();
        for (String type : expected) {
            JsonNode post = webhooks.get(type).get("post");
            assertThat(operationIds.add(post.get("operationId").asString())).as("unique operation id").isTrue();
            assertThat(post.get("description").asString()).contains("HMAC-SHA256", "300 seconds");
            JsonNode media = post.get("requestBody").get("content").get("application/json");
            String ref = media.get("schema").get("$ref").asString();
            JsonNode schema = resolve(ref);
            assertThat(schema).as(ref).isNotNull();
            JsonNode example = media.get("examples").get(type).get("value");
            assertThat(example.get("type").asString()).isEqualTo(type);
            assertThat(names(example)).containsExactly("id", "type", "occurredAt", "communityId", "data");
            JsonNode parts = schema.get("allOf");
            assertThat(parts.get(0).get("$ref").asString()).isEqualTo("#/components/schemas/WebhookEnvelope");
            JsonNode data = parts.get(1).get("properties").get("data");
            assertThat(names(data.get("properties"))).as(type).isNotEmpty()
                    .containsAll(names(example.get("data")));
            if (!type.equals("ping")) {
                assertThat(names(example.get("data"))).as("every required field is in the example")
                        .containsAll(strings(data.get("required")));
            }
            assertThat(parts.get(1).get("properties").get("type").get("enum").get(0).asString()).isEqualTo(type);
            for (String field : names(example.get("data"))) {
                JsonNode typeNode = data.get("properties").get(field).get("type");
                String jsonType = (typeNode.isArray() ? typeNode.get(0) : typeNode).asString();
                JsonNode value = example.get("data").get(field);
                assertThat(jsonType).as("%s.%s", type, field).isEqualTo(value.isString() ? "string"
                        : value.isBoolean() ? "boolean" : value.isIntegralNumber() ? "integer"
                        : value.isObject() ? "object" : "number");
                if (value.isObject()) {
                    assertThat(names(data.get("properties").get(field).get("properties")))
                            .containsExactlyElementsOf(names(value));
                }
            }
            List<String> headers = new ArrayList<>();
            for (JsonNode parameter : post.get("parameters")) {
                assertThat(parameter.get("in").asString()).isEqualTo("header");
                assertThat(parameter.get("required").asBoolean()).isTrue();
                headers.add(parameter.get("name").asString());
                if (parameter.get("name").asString().equals("CommunityOps-Signature")) {
                    assertThat(Pattern.compile(parameter.get("schema").get("pattern").asString())
                            .matcher(parameter.get("example").asString()).matches()).isTrue();
                }
            }
            assertThat(headers).containsExactly("CommunityOps-Signature", "CommunityOps-Event",
                    "CommunityOps-Delivery");
        }
        JsonNode envelope = description.get("components").get("schemas").get("WebhookEnvelope");
        assertThat(names(envelope.get("properties"))).containsExactly("id", "type", "occurredAt", "communityId",
                "data");
    }

    @Test
    void theDocumentedEnvelopeIsWhatTheSenderSends() {
        UUID community = UUID.randomUUID();
        String sent = WebhookPayloads.of(new AutomationEvent(UUID.randomUUID(), UUID.randomUUID(),
                AutomationEventType.ORDER_PAID, community, Instant.parse("2026-12-07T08:30:00.123Z"),
                WebhookEventCatalog.example(AutomationEventType.ORDER_PAID)));
        JsonNode body = JSON.readTree(sent);
        JsonNode envelope = description.get("components").get("schemas").get("WebhookEnvelope");
        assertThat(names(body)).containsExactlyElementsOf(names(envelope.get("properties")));
        assertThat(body.get("communityId").asString()).isEqualTo(community.toString());
        assertThat(body.get("occurredAt").asString()).isEqualTo("2026-12-07T08:30:00.123Z");
        assertThat(body.get("data").get("amount").asString()).isEqualTo("19.90");
    }

    private JsonNode resolve(String ref) {
        return description.get("components").get("schemas").get(ref.substring("#/components/schemas/".length()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
