package app.communityops.api.v1;

import app.communityops.api.web.ApiWriteFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description, served at {@code /api/openapi}: what a client generator needs beyond what
 * springdoc reads from the controllers. The title, version and the text on authentication, limits, idempotency,
 * paging and times; the bearer scheme {@code ApiKeyFilter} reads; the problem+json answers as reusable components.
 * {@link ApiConventions} then applies to every operation what the API's filters do to every request.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String SECURITY_SCHEME = "apiKey";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    /** Reusable answers, by status. */
    static final Map<String, String> ANSWERS = Map.of("400", "BadRequest", "401", "Unauthorized", "403", "Forbidden",
            "404", "NotFound", "409", "Conflict", "413", "ContentTooLarge", "415", "UnsupportedMediaType",
            "422", "UnprocessableContent", "429", "TooManyRequests");

    /** Names of the examples of the reusable answers; the contract test creates each condition by its name. */
    static final String MALFORMED_JSON = "malformedJson";
    static final String NO_KEY = "noKey";
    static final String MISSING_SCOPE = "missingScope";
    static final String NOT_FOUND = "notFound";
    static final String CHANGED_MEANWHILE = "changedMeanwhile";
    static final String BODY_TOO_LARGE = "bodyTooLarge";
    static final String NOT_JSON = "notJson";
    static final String IDEMPOTENCY_KEY_REUSED = "idempotencyKeyReused";
    static final String RATE_LIMITED = "rateLimited";
    static final String TOO_MANY_EVENTS = "tooManyEvents";

    @Bean
    OpenAPI communityOpsApi(ObjectProvider<BuildProperties> build,
                            @Value("${communityops.api.rate-limit.per-second:50}") double rate,
                            @Value("${communityops.api.rate-limit.burst:100}") double burst) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title("CommunityOps API").version(version)
                        .description(description((long) burst, rate))
                        .contact(new Contact().name("CommunityOps")))
                .tags(List.of(
                        new Tag().name("Communities").description("The communities a key may use."),
                        new Tag().name("Members").description("Members of a community, found and written by the"
                                + " integration's own identifiers (external id, then handle)."),
                        new Tag().name("Applications").description("Applications to join, decided by the community's"
                                + " screening policy."),
                        new Tag().name("Engagement events").description("Messages, replies, check-ins and other"
                                + " engagement, in all-or-nothing batches of up to 1,000."),
                        new Tag().name("Orders").description("Orders of members, their refunds and reviews.")))
                .components(new Components()
                        .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("co_<key id, 32 hex>_<secret, 43 base64url>")
                                .description("An API key of the tenant, created by a tenant admin under API keys and"
                                        + " sent as `Authorization: Bearer <token>`."))
                        .addSchemas("FieldProblem", new ObjectSchema()
                                .description("One invalid field: its JSON path and what is wrong with it.")
                                .addProperty("field", new StringSchema().example("events[3].occurredAt"))
                                .addProperty("message", new StringSchema().example("must not be null"))
                                .required(List.of("field", "message")))
                        .addSchemas(PROBLEM, problemSchema())
                        .addHeaders("Retry-After", new Header().description("Seconds to wait before the next request"
                                + " of this key.").schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)))
                        .addHeaders("WWW-Authenticate", new Header().description("Always `Bearer`.")
                                .schema(new StringSchema()._enum(List.of("Bearer"))))
                        .addHeaders("Idempotent-Replayed", new Header().description("`true` when this is the stored"
                                + " answer of an earlier request with the same Idempotency-Key.")
                                .schema(new StringSchema()._enum(List.of("true"))))
                        .addParameters("Idempotency-Key", idempotencyKey())
                        .responses(Map.of(
                                "BadRequest", problem("Malformed JSON, unknown fields, wrong types or invalid values;"
                                        + " every invalid field is listed in `errors`.", MALFORMED_JSON, 400,
                                        "The body is not valid JSON."),
                                "Unauthorized", problem("No valid API key: missing, unknown, wrong, revoked or"
                                        + " expired, or its tenant is suspended (the same answer for each).", NO_KEY,
                                        401, "A valid API key is required.")
                                        .addHeaderObject("WWW-Authenticate",
                                                new Header().$ref("#/components/headers/WWW-Authenticate")),
                                "Forbidden", problem("The key lacks the scope this operation needs.", MISSING_SCOPE,
                                        403, "This key may not do that."),
                                "NotFound", problem("No such resource for this key: an unknown id, or one of another"
                                        + " tenant or of a community the key is restricted from.", NOT_FOUND, 404,
                                        "No such resource for this key."),
                                "Conflict", problem("Someone else changed the record meanwhile; read it and try again.",
                                        CHANGED_MEANWHILE, 409, "Someone else changed this record after you opened"
                                                + " it. Reload to see their changes; yours were not saved."),
                                "ContentTooLarge", problem("The body is larger than 2 MiB.", BODY_TOO_LARGE, 413,
                                        "The body is larger than " + ApiWriteFilter.MAX_BODY / 1024 / 1024 + " MiB."),
                                "UnsupportedMediaType", problem("The body is not sent as `application/json`.",
                                        NOT_JSON, 415, "Content-Type must be application/json."),
                                "UnprocessableContent", problem("The Idempotency-Key was used for a different request"
                                        + " (method, path, query or body).", IDEMPOTENCY_KEY_REUSED, 422,
                                        "This Idempotency-Key was used for a different request."),
                                "TooManyRequests", problem("The key's rate limit is exceeded; wait `Retry-After`"
                                        + " seconds.", RATE_LIMITED, 429, "Rate limit of this key exceeded.")
                                        .addHeaderObject("Retry-After",
                                                new Header().$ref("#/components/headers/Retry-After")))));
    }

    @Bean
    ApiConventions apiConventions() {
        return new ApiConventions();
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An error, as RFC 9457 problem details, with every invalid field when fields are at"
                        + " fault.")
                .addProperty("type", new StringSchema()._default("about:blank")
                        .description("Left out when it is `about:blank`, which it is for every error of this API."))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields."))
                .addProperty("instance", new StringSchema().example("/api/v1/communities"))
                .addProperty("errors",
                        new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem")))
                .required(List.of("title", "status"));
    }

    private static Parameter idempotencyKey() {
        return new HeaderParameter().name("Idempotency-Key").required(false)
                .description("Makes the request safe to retry: the same key with the same request answers the first"
                        + " successful answer again (with `Idempotent-Replayed: true`) for 24 hours; with a different"
                        + " request, 422.")
                .schema(new StringSchema().minLength(1).maxLength(255)).example("6f1c2a0e-order-shop-5001");
    }

    static ApiResponse problem(String description, String exampleName, int status, String detail) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))
                        .addExamples(exampleName, problemExample(status, detail))));
    }

    static Example problemExample(int status, String detail) {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("type", "about:blank");
        value.put("title", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", "/api/v1/communities/0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a01/members");
        return new Example().value(value);
    }

    private static String description(long burst, double rate) {
        String perSecond = rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
        return """
                The REST API of CommunityOps. An integration (a chat bot, a shop, an SCRM tool) reads one tenant's \
                communities and members and sends it members, applications, engagement events and orders, under the \
                same rules as the console: a community's screening policy decides every application, and what a key \
                writes is in the audit log under the key's name.

                ## Authentication
                Every request carries `Authorization: Bearer <token>`. A tenant admin creates the key in the console \
                (*API keys*) and sees the token once: `co_<key id, 32 hex>_<secret, 43 base64url>`. A key holds \
                scopes (`read` for every GET, `write:members`, `write:events`, `write:orders`), may be restricted to \
                one community, and may expire. Without a valid key the answer is 401 (the same for a missing, \
                unknown, revoked or expired key); a key without the operation's scope gets 403; an id of another \
                tenant, or of a community the key is restricted from, is 404 like any unknown id.

                ## Rate limits
                Each key has a token bucket shared by every node: %d requests at once, refilled at %s a second. \
                Beyond it the answer is 429 with `Retry-After` (seconds).

                ## Idempotency
                Every POST and PUT accepts an `Idempotency-Key` header (1 to 255 characters). A retry with the same \
                key and the same request answers the first answer again, marked `Idempotent-Replayed: true`, for 24 \
                hours; the same key with a different method, path, query or body answers 422. Only successful \
                answers are kept: a refused request may be corrected and sent again with the same key. Besides, \
                events are idempotent by `eventId` within their `source`, orders by `externalOrderId`.

                ## Errors
                Every error is `application/problem+json` (RFC 9457). When fields are at fault, `errors` lists every \
                one of them as `{field, message}`, the field as a JSON path such as `events[3].occurredAt`. 400: \
                malformed JSON, unknown fields, wrong types, invalid values (nothing is written); 409: changed by \
                someone else meanwhile; 413: a body over 2 MiB or a batch over 1,000 events; 415: a body not sent as \
                `application/json`; 422: well-formed but refused by a business rule (the field it concerns is named) \
                or a reused Idempotency-Key.

                ## Pagination
                Lists that grow answer a page: `items` and `nextCursor`. Send `cursor=<nextCursor>` (with the same \
                filters) for the next page, until `nextCursor` is null. Cursors are opaque; `limit` is 1 to 200 \
                (default 50).

                ## Times, amounts and ids
                Times are ISO-8601 with an offset (`2026-11-25T09:30:00+08:00` or `…Z`); a time without an offset is \
                refused. Answers give times in UTC. Amounts are decimal numbers with at most two decimals, \
                currencies ISO 4217 codes (`CNY`). Ids are UUIDs.
                """.formatted(burst, perSecond);
    }
}
