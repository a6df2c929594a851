package org.allianceregistry.web;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceregistry.shared.RegistryException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem response ({@code application/problem+json}). Framework errors keep
 * their status; validation errors list the offending fields or parameters under {@code errors}. Causes of
 * unexpected failures go to the log only: no class names, SQL or stack traces reach the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(RegistryException.class)
    ResponseEntity<Object> handleRegistryException(RegistryException exception, WebRequest request) {
        HttpStatus status = switch (exception.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INVALID_PARAMETER -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = problem(status, exception.type(), exception.title(), exception.detail());
        if (exception.parameter() != null) {
            problem.setProperty("errors", List.of(error(exception.parameter(), exception.detail())));
        }
        return handleExceptionInternal(exception, problem, new HttpHeaders(), status, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException exception, WebRequest request) {
        log.info("Concurrent modification", exception);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "The record was changed by another request; read it again and retry.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException exception, WebRequest request) {
        log.warn("Data integrity violation", exception);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "data-conflict", "Conflict with stored data",
                "The request conflicts with data already in the registry.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /**
     * The database is unreachable, refuses connections or is too slow: 503 with {@code Retry-After}, after no longer
     * than the pool's connection timeout. The service recovers by itself when the database is back.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            QueryTimeoutException.class, TransientDataAccessResourceException.class, JDBCConnectionException.class,
            SQLTransientConnectionException.class})
    ResponseEntity<Object> handleDatabaseUnavailable(Exception exception, WebRequest request) {
        log.warn("Database unavailable: {}", NestedExceptionUtils.getMostSpecificCause(exception).toString());
        log.debug("Database unavailable", exception);
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "The registry cannot reach its database right now. Retry in a few seconds.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
        log.error("Unexpected failure", exception);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The registry could not answer this request. The failure has been logged.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fieldError : exception.getBindingResult().getFieldErrors()) {
            String message = fieldError.isBindingFailure()
                    ? "must be " + expectedType(fieldError.getField())
                    : String.valueOf(fieldError.getDefaultMessage());
            errors.add(error(fieldError.getField(), message));
        }
        exception.getBindingResult().getGlobalErrors().forEach(e -> errors.add(error(e.getObjectName(), String.valueOf(e.getDefaultMessage()))));
        return validationProblem(exception, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : name;
                errors.add(error(String.valueOf(field), String.valueOf(error.getDefaultMessage())));
            }
        }
        return validationProblem(exception, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(exception.getPropertyName());
        Class<?> required = exception.getRequiredType();
        // The same name can be a date in one list and a year in another (chairmanship years: from, to).
        String message = "must be " + (required != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(required))
                ? "a whole number" : expectedType(name));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                "Parameter '" + name + "' " + message + ".");
        problem.setProperty("errors", List.of(error(name, message)));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The client accepts none of our types (or sent an unreadable Accept), so content negotiation would drop the
        // problem body: state its type, which Spring then writes as it is.
        HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleHttpMediaTypeNotAcceptable(exception, problemHeaders, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                "Parameter '" + exception.getParameterName() + "' is required.");
        problem.setProperty("errors", List.of(error(exception.getParameterName(), "is required")));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemTypes.of(slug(statusCode)));
        }
        if (body instanceof ProblemDetail problem) {
            CorrelationIdFilter.addTo(problem, CorrelationIdFilter.of(request));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(Exception exception, List<Map<String, String>> errors,
            HttpHeaders headers, WebRequest request) {
        String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "Invalid value of " + fields + ".");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(title);
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String expectedType(String name) {
        return switch (name) {
            case "asOf", "from", "to", "since" -> "a date in ISO 8601 form (YYYY-MM-DD)";
            case "page", "size", "id", "fromYear", "toYear" -> "a whole number";
            default -> "a valid value";
        };
    }

    static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }
}
