package app.communityops.api.web;

import java.io.Serial;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal with a status of its own and, for invalid requests, every invalid field. */
public class ApiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final transient List<FieldProblem> errors;

    public ApiException(HttpStatus status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ApiException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    public static ApiException invalid(List<FieldProblem> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
