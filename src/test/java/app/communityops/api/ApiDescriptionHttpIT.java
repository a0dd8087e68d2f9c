package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferType;
import app.communityops.shared.TenantContext;
import app.communityops.testing.TestTenants;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI description is the API's contract, checked against the running server over real HTTP: it is
 * valid for the reference parser (no error, no warning); every operation has a unique id, the key scheme, a schema
 * for every request body and answer; and every example in it is replayed. A request example is sent and must get
 * the status under which the answer example of the same name is documented, with an answer that matches that
 * schema (and, for a refusal, names the same fields). The shared answers are produced by the conditions they
 * describe: no key, a key without the scope, an unknown community, malformed JSON, a body over 2 MiB, a body that
 * is not JSON, a reused Idempotency-Key, an exhausted rate limit. Every documented example must have been replayed
 * and every answer received must be documented, so neither can drift from the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDescriptionHttpIT {

    /** The operations in the order their examples tell one story; a new operation must be added here. */
    private static final List<String> STORY = List.of("listCommunities", "upsertMember", "getMember", "listMembers",
            "createApplication", "getApplication", "ingestEvents", "createOrder", "refundOrder", "reviewOrder",
            "getOrder");
    private static final Set<String> WRITES = Set.of("post", "put");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;
    @Autowired
    private TestTenants tenants;
    @Autowired
    private ApiFixture api;
    @Autowired
    private MoneyTestData money;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newHttpClient();
    private String served = "";
    private JsonNode description = JSON.createObjectNode();

    private record Operation(String path, String method, String id, JsonNode node) {
    }

    @BeforeEach
    void readTheDescription() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        served = answer.body();
        description = JSON.readTree(served);
    }

    @Test
    void theDescriptionIsValidAndNamesEverythingAClientGeneratorNeeds() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, options);
        assertThat(parsed.getMessages()).as("errors and warnings of the OpenAPI parser").isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(description.path("openapi").asString()).startsWith("3.1");
        assertThat(description.at("/info/title").asString()).isEqualTo("CommunityOps API");
        assertThat(description.at("/info/version").asString()).isNotBlank().isNotEqualTo("v0");
        assertThat(description.at("/info/description").asString()).contains("Authorization: Bearer")
                .contains("Retry-After").contains("Idempotency-Key").contains("nextCursor").contains("ISO-8601");
        assertThat(description.at("/components/securitySchemes/apiKey/type").asString()).isEqualTo("http");
        assertThat(description.at("/components/securitySchemes/apiKey/scheme").asString()).isEqualTo("bearer");

        List<Operation> operations = operations();
        assertThat(operations.stream().map(Operation::id)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(STORY);
        for (Operation operation : operations) {
            assertThat(operation.id()).as(operation.path()).matches("[a-z][A-Za-z]+");
            assertThat(operation.node().path("tags").size()).as(operation.id()).isPositive();
            assertThat(operation.node().path("security").toString()).as(operation.id()).isEqualTo("[{\"apiKey\":[]}]");
            for (JsonNode parameter : operation.node().path("parameters")) {
                JsonNode resolved = parameter.has("$ref")
                        ? description.at(parameter.path("$ref").asString().substring(1)) : parameter;
                assertThat(resolved.at("/schema/type").isMissingNode()).as(operation.id() + " " + resolved).isFalse();
                assertThat(resolved.path("description").asString()).as(operation.id() + " " + resolved).isNotBlank();
            }
            if (operation.node().has("requestBody")) {
                assertThat(operation.node().at("/requestBody/content/application~1json/schema").isMissingNode())
                        .as(operation.id() + " request schema").isFalse();
            }
            assertThat(responses(operation)).as(operation.id()).containsKeys("401", "403", "429");
            responses(operation).forEach((status, answer) -> {
                assertThat(answer.path("content").size()).as(operation.id() + " " + status).isPositive();
                answer.path("content").properties().forEach(media -> {
                    assertThat(media.getValue().has("schema")).as(operation.id() + " " + status).isTrue();
                    assertThat(media.getValue().path("examples").size()).as(operation.id() + " " + status + " examples")
                            .isPositive();
                    media.getValue().path("examples").properties().forEach(example -> assertThat(
                            errors(media.getValue().path("schema"), example.getValue().path("value")))
                            .as(operation.id() + " " + status + " example " + example.getKey()).isEmpty());
                });
            });
            if (WRITES.contains(operation.method())) {
                assertThat(responses(operation)).as(operation.id()).containsKeys("400", "413", "415", "422");
                assertThat(operation.node().path("parameters").toString()).as(operation.id())
                        .contains("#/components/parameters/Idempotency-Key");
            }
            if (operation.path().contains("{communityId}")) {
                assertThat(responses(operation)).as(operation.id()).containsKey("404");
            }
        }
        // Other modules add webhook payloads to the same description: their examples must match their schemas too.
        description.path("webhooks").properties().forEach(hook -> hook.getValue().properties().forEach(operation ->
                operation.getValue().at("/requestBody/content").properties().forEach(media ->
                        media.getValue().path("examples").properties().forEach(example -> assertThat(errors(
                                media.getValue().path("schema"), example.getValue().path("value")))
                                .as("webhook %s example %s", hook.getKey(), example.getKey()).isEmpty()))));
        assertThat(description.at("/components/responses/TooManyRequests/headers").has("Retry-After")).isTrue();
        assertThat(description.at("/components/responses/Unauthorized/headers").has("WWW-Authenticate")).isTrue();
    }

    @Test
    void everyDocumentedExampleIsReplayedAgainstTheRunningEndpoints() throws Exception {
        Replay replay = new Replay(tenants.create());
        money.offer(replay.tenant.operator(), "Paid entry 付费入群", OfferType.MEMBERSHIP_FEE, "19.90", "CNY",
                replay.tenant.communityId());
        Map<String, Operation> byId = new LinkedHashMap<>();
        operations().forEach(operation -> byId.put(operation.id(), operation));
        for (String id : STORY) {
            replay.operation(byId.get(id));
        }
        Set<String> documented = new TreeSet<>();
        for (Operation operation : byId.values()) {
            responses(operation).forEach((status, answer) -> answer.path("content").properties().forEach(media ->
                    media.getValue().path("examples").propertyNames().forEach(name ->
                            documented.add(operation.id() + " " + status + " " + name))));
        }
        assertThat(replay.replayed).as("documented answers that were replayed").isEqualTo(documented);
    }

    @Test
    void aPathTheApiDoesNotHaveIsNotFoundAsProblemJson() throws Exception {
        String key = api.key(tenants.create(), Set.of(ApiScope.READ)).token();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-resource"))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(errors(description.at("/components/schemas/Problem"), JSON.readTree(answer.body()))).isEmpty();
    }

    @Test
    void theBrowsableDocumentationOpensWithoutAKey() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/api/docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        HttpResponse<String> configuration = browser.send(HttpRequest.newBuilder(uri("/api/openapi/swagger-config"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(configuration.body()).path("url").asString()).isEqualTo("/api/openapi");
    }

    /** One replay of the whole description on a fresh tenant: the ids the answers give, the keys it made. */
    private final class Replay {

        private final TestTenants.Fixture tenant;
        private final Map<String, String> ids = new HashMap<>();
        private final Set<String> replayed = new TreeSet<>();

        Replay(TestTenants.Fixture tenant) {
            this.tenant = tenant;
            ids.put("communityId", tenant.communityId().toString());
        }

        void operation(Operation operation) throws Exception {
            String key = key(Set.of(ApiScope.values()));
            Map<String, JsonNode> answers = responses(operation);
            JsonNode requestExamples = operation.node().at("/requestBody/content/application~1json/examples");
            @Nullable String success = null;
            for (Map.Entry<String, JsonNode> example : requestExamples.properties()) {
                String name = example.getKey();
                String body = JSON.writeValueAsString(recent(example.getValue().path("value")));
                int expected = statusOf(operation, name);
                if (success == null && expected / 100 == 2) {
                    success = body;
                    idempotency(operation, key, name, expected, body);
                    continue;
                }
                capture(operation, exchange(operation, name, expected, request(operation, key, ids).method(
                        method(operation), HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")));
            }
            if (!WRITES.contains(operation.method())) {
                exchange(operation, "found", 200, request(operation, key, ids).GET());
            }
            for (Map.Entry<String, JsonNode> answer : answers.entrySet()) {
                for (JsonNode media : answer.getValue().path("content")) {
                    for (String name : media.path("examples").propertyNames()) {
                        if (!requestExamples.has(name) && !name.equals("found")) {
                            condition(operation, name, Integer.parseInt(answer.getKey()), success);
                        }
                    }
                }
            }
        }

        /** The first successful example, with an Idempotency-Key: answered once, replayed, then refused if changed. */
        private void idempotency(Operation operation, String key, String name, int expected, String body)
                throws Exception {
            String idempotencyKey = "replay-" + UUID.randomUUID();
            HttpResponse<String> first = exchange(operation, name, expected, request(operation, key, ids)
                    .method(method(operation), HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey));
            capture(operation, first);
            HttpResponse<String> again = exchange(operation, name, expected, request(operation, key, ids)
                    .method(method(operation), HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey));
            assertThat(again.headers().firstValue("Idempotent-Replayed")).as(operation.id()).contains("true");
            assertThat(JSON.readTree(again.body())).as(operation.id()).isEqualTo(JSON.readTree(first.body()));
            exchange(operation, "idempotencyKeyReused", 422, request(operation, key, ids)
                    .method(method(operation), HttpRequest.BodyPublishers.ofString(body + " "))
                    .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey));
        }

        /** Creates the condition a shared answer describes, by the name of its example. */
        private void condition(Operation operation, String name, int status, @Nullable String success)
                throws Exception {
            boolean write = WRITES.contains(operation.method());
            String body = success == null ? "{}" : success;
            switch (name) {
                case "noKey" -> {
                    HttpResponse<String> answer = exchange(operation, name, status,
                            withBody(operation, HttpRequest.newBuilder(uri(path(operation, ids))), body));
                    assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer");
                }
                case "missingScope" -> exchange(operation, name, status, withBody(operation, request(operation,
                        key(write ? Set.of(ApiScope.READ) : Set.of(ApiScope.WRITE_EVENTS)), ids), body));
                case "notFound" -> {
                    Map<String, String> unknown = new HashMap<>(ids);
                    unknown.put("communityId", UUID.randomUUID().toString());
                    exchange(operation, name, status, withBody(operation,
                            request(operation, key(Set.of(ApiScope.values())), unknown), body));
                }
                case "malformedJson" -> exchange(operation, name, status, withBody(operation,
                        request(operation, key(Set.of(ApiScope.values())), ids), "{"));
                case "bodyTooLarge" -> {
                    byte[] large = new byte[2 * 1024 * 1024 + 1];
                    Arrays.fill(large, (byte) ' ');
                    large[0] = '{';
                    large[large.length - 1] = '}';
                    exchange(operation, name, status, request(operation, key(Set.of(ApiScope.values())), ids)
                            .method(method(operation), HttpRequest.BodyPublishers.ofByteArray(large))
                            .header("Content-Type", "application/json"));
                }
                case "tooManyEvents" -> {
                    String events = String.join(",", java.util.Collections.nCopies(1_001, "{}"));
                    exchange(operation, name, status, withBody(operation,
                            request(operation, key(Set.of(ApiScope.values())), ids), "{\"events\": [" + events + "]}"));
                }
                case "notJson" -> exchange(operation, name, status, request(operation, key(Set.of(ApiScope.values())),
                        ids).method(method(operation), HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "text/plain"));
                case "rateLimited" -> rateLimited(operation, name, status);
                case "changedMeanwhile" -> changedMeanwhile(operation, name, status);
                case "invalidQuery" -> exchange(operation, name, status, HttpRequest.newBuilder(
                        uri(path(operation, ids) + "?limit=0&cursor=nonsense"))
                        .header("Authorization", "Bearer " + key(Set.of(ApiScope.READ))).GET());
                case "idempotencyKeyReused" -> assertThat(replayed).as("replayed with the first success example")
                        .contains(operation.id() + " 422 " + name);
                default -> fail("%s documents the example %s (%d), which nothing here replays", operation.id(), name,
                        status);
            }
        }

        private void rateLimited(Operation operation, String name, int status) throws Exception {
            String key = key(Set.of(ApiScope.values()));
            for (int i = 0; i < 500; i++) {
                HttpRequest request = withBody(operation, request(operation, key, ids), "{").build();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 429) {
                    check(operation, name, status, answer);
                    assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                            assertThat(Integer.parseInt(seconds)).isPositive());
                    return;
                }
            }
            fail("%s never answered 429", operation.id());
        }

        /**
         * Another transaction changes the member between this request's read and its write: it holds the row while
         * the request reads the old version, and commits once the request waits for the row.
         */
        private void changedMeanwhile(Operation operation, String name, int status) throws Exception {
            assertThat(operation.id()).isEqualTo("upsertMember");
            UUID member = UUID.fromString(ids.get("memberId"));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<?> change = other.submit(() -> TenantContext.callAs(tenant.tenantId(),
                        () -> transactions.execute(transaction -> {
                            jdbc.update("update member set version = version + 1 where id = ?", member);
                            holding.countDown();
                            try {
                                return release.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        })));
                assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
                CompletableFuture<HttpResponse<String>> upsert = http.sendAsync(withBody(operation,
                        request(operation, key(Set.of(ApiScope.values())), ids),
                        "{\"externalId\": \"wx-1001\", \"nickname\": \"Lin " + UUID.randomUUID() + "\"}").build(),
                        HttpResponse.BodyHandlers.ofString());
                Awaitility.await("the request waits for the row").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(20)).until(() -> waitingForARow() > 0);
                release.countDown();
                change.get(30, TimeUnit.SECONDS);
                HttpResponse<String> answer = upsert.get(30, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
                check(operation, name, status, answer);
            } finally {
                release.countDown();
                other.shutdown();
            }
        }

        private int waitingForARow() {
            Integer waiting = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query ilike 'update member %'""", Integer.class);
            return waiting == null ? 0 : waiting;
        }

        private HttpRequest.Builder withBody(Operation operation, HttpRequest.Builder request, String body) {
            return WRITES.contains(operation.method())
                    ? request.method(method(operation), HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json")
                    : request.GET();
        }

        private HttpResponse<String> exchange(Operation operation, String name, int expected,
                                              HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("%s, example %s: %s", operation.id(), name, answer.body())
                    .isEqualTo(expected);
            check(operation, name, expected, answer);
            return answer;
        }

        /** The answer is documented, under this example's name, in its media type, and matches the schema. */
        private void check(Operation operation, String name, int status, HttpResponse<String> answer) {
            JsonNode documented = responses(operation).get(Integer.toString(status));
            assertThat(documented).as("%s documents %d", operation.id(), status).isNotNull();
            String mediaType = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
                    .toLowerCase(Locale.ROOT);
            JsonNode media = documented.path("content").path(mediaType);
            assertThat(media.isMissingNode()).as("%s %d documents %s", operation.id(), status, mediaType).isFalse();
            JsonNode example = media.path("examples").path(name).path("value");
            assertThat(example.isMissingNode()).as("%s %d has the example %s", operation.id(), status, name)
                    .isFalse();
            JsonNode body = JSON.readTree(answer.body());
            assertThat(errors(media.path("schema"), body)).as("%s %d %s: %s", operation.id(), status, name, body)
                    .isEmpty();
            if (mediaType.equals(PROBLEM_JSON)) {
                assertThat(fields(body)).as("%s %d %s: the fields at fault", operation.id(), status, name)
                        .isEqualTo(fields(example));
            }
            replayed.add(operation.id() + " " + status + " " + name);
        }

        /** The ids later operations name, from the answers of the ones that create them. */
        private void capture(Operation operation, HttpResponse<String> answer) {
            if (answer.statusCode() != 201) {
                return;
            }
            String id = JSON.readTree(answer.body()).path("id").asString();
            switch (operation.id()) {
                case "upsertMember" -> ids.put("memberId", id);
                case "createApplication" -> ids.put("applicationId", id);
                case "createOrder" -> ids.put("orderId", id);
                default -> {
                }
            }
        }

        private HttpRequest.Builder request(Operation operation, String key, Map<String, String> values) {
            return HttpRequest.newBuilder(uri(path(operation, values))).header("Authorization", "Bearer " + key);
        }

        private String key(Set<ApiScope> scopes) {
            return api.key(tenant, scopes).token();
        }
    }

    /** The status under which the answer example of this name is documented: exactly one. */
    private int statusOf(Operation operation, String example) {
        List<String> statuses = new ArrayList<>();
        responses(operation).forEach((status, answer) -> answer.path("content").forEach(media -> {
            if (media.path("examples").has(example)) {
                statuses.add(status);
            }
        }));
        assertThat(statuses).as("%s: answers with the example %s", operation.id(), example).hasSize(1);
        return Integer.parseInt(statuses.get(0));
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(new Operation(path.getKey(), method.getKey(), method.getValue().path("operationId")
                        .asString(), method.getValue()))));
        return operations;
    }

    /** The operation's answers by status, shared ones ({@code $ref}) resolved. */
    private Map<String, JsonNode> responses(Operation operation) {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        operation.node().path("responses").properties().forEach(answer -> {
            JsonNode node = answer.getValue();
            String ref = node.path("$ref").asString("");
            responses.put(answer.getKey(), ref.isEmpty() ? node : description.at(ref.substring(1)));
        });
        return responses;
    }

    /** What is wrong with the value by the schema (its references resolved in the description), formats included. */
    private List<String> errors(JsonNode schema, JsonNode value) {
        ObjectNode standalone = schema.deepCopy() instanceof ObjectNode node ? node : JSON.createObjectNode();
        standalone.set("components", description.path("components"));
        Schema validator = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31())
                .getSchema(JSON.writeValueAsString(standalone));
        ExecutionConfig formats = ExecutionConfig.builder().formatAssertionsEnabled(true).build();
        return validator.validate(value, context -> context.setExecutionConfig(formats)).stream()
                .map(Error::toString).toList();
    }

    private static Set<String> fields(JsonNode problem) {
        Set<String> fields = new HashSet<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    /** Times of the examples moved to the last hour, keeping their offset; anything not a time stays. */
    private static JsonNode recent(JsonNode value) {
        JsonNode copy = value.deepCopy();
        moveTimes(copy, new int[] {0});
        return copy;
    }

    private static void moveTimes(JsonNode node, int[] count) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                if ((name.equals("occurredAt") || name.equals("paidAt")) && child.isString()) {
                    try {
                        OffsetDateTime time = OffsetDateTime.parse(child.asString());
                        object.put(name, OffsetDateTime.now(time.getOffset()).minusMinutes(30 + count[0]++)
                                .truncatedTo(ChronoUnit.SECONDS).toString());
                    } catch (DateTimeParseException notATime) {
                        // an example of a refused time: sent as it is
                    }
                } else {
                    moveTimes(child, count);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> moveTimes(child, count));
        }
    }

    private static String method(Operation operation) {
        return operation.method().toUpperCase(Locale.ROOT);
    }

    private static String path(Operation operation, Map<String, String> values) {
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertThat(path).as(operation.id() + " has every id it needs").doesNotContain("{");
        return path;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
