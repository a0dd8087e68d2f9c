package app.communityops.api.v1;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every operation of the API shares, written into the description from the same rules the API's filters
 * follow, so that it is stated once and holds for an endpoint added later: the bearer key on every operation; 401
 * (no valid key), 403 (scope), 429 (rate limit) everywhere; 404 wherever a community is named; for POST and PUT
 * the {@code Idempotency-Key} header and 400 (malformed JSON), 413 (body size), 415 (not JSON) and 422 (key
 * reused). An operation that documents one of those statuses itself keeps its examples and gains the shared one.
 * Also: the JSON records' components are required unless {@code @Nullable}, and a nullable one admits
 * {@code null} (the answers write nulls); request bodies refuse unknown fields, as {@link ApiJson} does.
 */
final class ApiConventions implements OpenApiCustomizer {

    /** Request bodies, read strictly: an unknown field is refused. */
    private static final Set<String> INPUTS = Set.of("MemberInput", "Evidence", "ApplicationInput", "MemberName",
            "OrderInput", "RefundInput", "ReviewInput", "EventBatch", "Event");

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas != null) {
            schemas.forEach(ApiConventions::fromRecord);
        }
        if (api.getPaths() == null) {
            return;
        }
        Map<String, ApiResponse> shared = Objects.requireNonNull(api.getComponents().getResponses(),
                "ApiDescription declares the shared answers");
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            operation.setSecurity(List.of(new SecurityRequirement().addList(ApiDescription.SECURITY_SCHEME)));
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(parameter -> "path".equals(parameter.getIn()))
                        .forEach(ApiConventions::pathId);
            }
            List<String> statuses = new ArrayList<>(List.of("401", "403", "429"));
            if (path.contains("{communityId}")) {
                statuses.add("404");
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                statuses.addAll(List.of("400", "413", "415", "422"));
                operation.addParametersItem(new Parameter().$ref("#/components/parameters/Idempotency-Key"));
                operation.getResponses().forEach((status, answer) -> {
                    if (status.startsWith("2")) {
                        answer.addHeaderObject("Idempotent-Replayed",
                                new Header().$ref("#/components/headers/Idempotent-Replayed"));
                    }
                });
            }
            for (String status : statuses) {
                add(operation, status, shared);
            }
            sort(operation);
        }));
    }

    /** Path ids are read as text so that a malformed one is 404 like an unknown one; clients send UUIDs. */
    private static void pathId(Parameter parameter) {
        String name = parameter.getName();
        parameter.setDescription("The " + name.substring(0, name.length() - 2) + "'s id.");
        parameter.getSchema().setFormat("uuid");
    }

    private static void add(Operation operation, String status, Map<String, ApiResponse> shared) {
        String name = ApiDescription.ANSWERS.get(status);
        ApiResponse own = operation.getResponses().get(status);
        if (own == null || own.get$ref() != null) {
            operation.getResponses().addApiResponse(status,
                    new ApiResponse().$ref("#/components/responses/" + name));
            return;
        }
        ApiResponse common = Objects.requireNonNull(shared.get(name), name);
        MediaType from = Objects.requireNonNull(common.getContent().get(ApiDescription.PROBLEM_JSON), name);
        MediaType to = own.getContent() == null ? null : own.getContent().get(ApiDescription.PROBLEM_JSON);
        if (to == null) {
            throw new IllegalStateException(operation.getOperationId() + " documents " + status
                    + " without " + ApiDescription.PROBLEM_JSON);
        }
        for (Map.Entry<String, Example> example : Objects.requireNonNull(from.getExamples(), name).entrySet()) {
            to.addExamples(example.getKey(), example.getValue());
        }
        if (common.getHeaders() != null) {
            common.getHeaders().forEach(own::addHeaderObject);
        }
    }

    private static void sort(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        operation.setResponses(sorted);
    }

    /** Required and nullable components of the record the schema was made from, if it is one of the API's. */
    private static void fromRecord(String name, Schema<?> schema) {
        Optional<Class<?>> record = Arrays.stream(ApiRecords.class.getDeclaredClasses()).filter(Class::isRecord)
                .filter(type -> type.getSimpleName().equals(name)).findFirst();
        if (record.isEmpty() || schema.getProperties() == null) {
            return;
        }
        Set<String> required = new LinkedHashSet<>();
        for (RecordComponent component : record.get().getRecordComponents()) {
            Schema<?> property = schema.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                schema.getProperties().put(component.getName(), nullable(property));
            } else {
                required.add(component.getName());
            }
        }
        schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        if (INPUTS.contains(name)) {
            schema.setAdditionalProperties(false);
        }
    }

    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                    new Schema<>().types(Set.of("null")))).description(property.getDescription());
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(Set.of(property.getType())) : null;
        if (types != null) {
            types.add("null");
            property.setTypes(types);
        }
        return property;
    }
}
