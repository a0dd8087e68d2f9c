package app.communityops.api.web;

import app.communityops.engagement.EventBatchRejectedException;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API endpoint into problem+json. Refusals of the services keep their meaning: an id
 * the key may not see is 404 (never 403, which would confirm it exists), a stale version 409, a business rule 422
 * with the field it concerns; messages are the console's own texts, in English.
 */
@RestControllerAdvice(basePackages = "app.communityops.api.v1")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final FeatureBundlesI18NProvider texts;

    ApiExceptionHandler(FeatureBundlesI18NProvider texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return problem(e.status(), e.getMessage(), e.errors(), request);
    }

    @ExceptionHandler(EventBatchRejectedException.class)
    ResponseEntity<ProblemDetail> batch(EventBatchRejectedException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.problems().stream().map(p -> new FieldProblem(
                "events[" + p.index() + "]." + p.field(), text(p.messageKey()))).toList();
        return problem(HttpStatus.BAD_REQUEST, "The batch was refused as a whole; no event of it was written.",
                errors, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "No such resource for this key.", List.of(), request);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentEditException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, text(e.messageKey()), List.of(), request);
    }

    /**
     * A record changed by another transaction between this request's read and its write: Hibernate's version check
     * fails at the flush. The same answer as {@link ConcurrentEditException}, not the 500 it was.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, text(new ConcurrentEditException().messageKey()), List.of(), request);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, HttpServletRequest request) {
        String message = texts.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments());
        List<FieldProblem> errors = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), message));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, message, errors, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "This key may not do that.", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API request {} failed", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; nothing was written.", List.of(),
                request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private String text(String key) {
        return texts.getTranslation(key, Locale.ENGLISH);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, @Nullable String detail,
                                                         List<FieldProblem> errors, HttpServletRequest request) {
        return ResponseEntity.status(status).body(Problems.of(status, detail == null ? status.getReasonPhrase() : detail,
                errors, request));
    }
}
