package app.communityops.api.v1;

import app.communityops.api.web.ApiException;
import app.communityops.api.web.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies strictly: unknown fields, wrong types and text where a number belongs are refused with
 * the field's path, rather than silently ignored or converted; then Bean Validation lists every invalid field.
 */
@Component
class ApiJson {

    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private final Validator validator;

    ApiJson(Validator validator) {
        this.validator = validator;
    }

    <T> T read(InputStream body, Class<T> type) throws IOException {
        T value;
        try {
            value = STRICT.readValue(body, type);
        } catch (StreamReadException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(List.of(new FieldProblem(path(e), "unknown field")));
        } catch (JacksonException e) {
            throw ApiException.invalid(List.of(new FieldProblem(path(e), "wrong type or format")));
        }
        if (value == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "A JSON body is required.");
        }
        validate(value, "");
        return value;
    }

    void validate(Object value, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            problems.add(new FieldProblem(prefix + violation.getPropertyPath(), violation.getMessage()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw ApiException.invalid(problems);
        }
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
