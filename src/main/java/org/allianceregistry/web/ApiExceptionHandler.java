package org.allianceregistry.web;

import java.sql.SQLTransientConnectionException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem response
 * ({@code application/problem+json}). Framework errors keep their status; validation
 * errors list the offending fields or parameters under {@code errors}. Causes of
 * unexpected failures go to the log only: no class names, SQL or stack traces reach the
 * client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final String RETRY_AFTER_SECONDS = "5";

    /**
     * How Jackson's strict duplicate detection names the key
     * (StreamReadFeature.STRICT_DUPLICATE_DETECTION).
     */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate Object property \"(.{1,100})\"");

    /**
     * Query parameters only: Spring MVC would also bind request headers into parameter
     * objects, so a stray header named "size" or "sort" could change a page, and one with
     * control characters would fail the whole request.
     */
    @InitBinder
    void bindQueryParametersOnly(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder servletBinder) {
            servletBinder.setHeaderPredicate(header -> false);
        }
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> handleRejectedRequest(RequestRejectedException exception, WebRequest request) {
        log.info("Request rejected: {}", exception.getMessage());
        ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST,
                "The request contains characters or a form the registry does not accept.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(RegistryException.class)
    ResponseEntity<Object> handleRegistryException(RegistryException exception, WebRequest request) {
        ProblemDetail problem = problem(exception.type(), exception.detail());
        if (exception.parameter() != null) {
            problem.setProperty("errors", List.of(error(exception.parameter(), exception.detail())));
        }
        return handleExceptionInternal(exception, problem, new HttpHeaders(),
                HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException exception, WebRequest request) {
        log.info("Concurrent modification", exception);
        if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
            // The client named the version it read, and another write got there first:
            // its precondition failed.
            ProblemDetail problem = problem(ProblemType.STALE_VERSION,
                    "The record was changed by another request since you read it; read it again (its ETag) and retry.");
            return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.PRECONDITION_FAILED,
                    request);
        }
        ProblemDetail problem = problem(ProblemType.CONCURRENT_MODIFICATION,
                "The record was changed by another request; read it again and retry.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> handleLockTimeout(PessimisticLockingFailureException exception, WebRequest request) {
        log.warn("Write waited too long for another write", exception);
        ProblemDetail problem = problem(ProblemType.CONCURRENT_MODIFICATION,
                "Another write held the registry too long; nothing was changed. Retry.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        exception.getConstraintViolations()
            .stream()
            .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
            .forEach(v -> errors.add(error(v.getPropertyPath().toString(), v.getMessage())));
        return validationProblem(exception, errors, new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException) {
                ProblemDetail problem = problem(ProblemType.PAYLOAD_TOO_LARGE,
                        "A request body may have at most " + RequestSizeLimitFilter.LIMIT + " bytes.");
                return handleExceptionInternal(exception, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !fieldOf(jackson).isEmpty()) {
                String field = fieldOf(jackson);
                String message = cause instanceof UnrecognizedPropertyException ? "is not a field of this request"
                        : cause instanceof PlainTextDeserializer.UnplainTextException ? PlainTextDeserializer.MESSAGE
                                : "must be " + expectedBodyType(jackson);
                return validationProblem(exception, List.of(error(field, message)), headers, request);
            }
            if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
                Matcher duplicate = DUPLICATE_KEY.matcher(read.getOriginalMessage());
                if (duplicate.find()) {
                    return validationProblem(exception, List.of(error(duplicate.group(1), "is given more than once")),
                            headers, request);
                }
            }
        }
        ProblemDetail problem = problem(ProblemType.MALFORMED_BODY,
                "The request body is missing or is not well-formed JSON.");
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * The JSON path of the field a body error is about ({@code sources[1]},
     * {@code newSources[0].url}), or "".
     */
    static String fieldOf(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectedBodyType(JacksonException exception) {
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type == java.time.LocalDate.class) {
                return "a date in ISO 8601 form (YYYY-MM-DD)";
            }
            if (type.isEnum()) {
                return "one of " + java.util.Arrays.toString(type.getEnumConstants());
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "a whole number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "an array";
            }
            if (type == String.class) {
                return "a string";
            }
        }
        return "a valid value";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException exception, WebRequest request) {
        log.warn("Data integrity violation", exception);
        ProblemDetail problem = problem(ProblemType.DATA_CONFLICT,
                "The request conflicts with data already in the registry.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /**
     * The database is unreachable, refuses connections or is too slow: 503 with
     * {@code Retry-After}, after no longer than the pool's connection timeout. The
     * service recovers by itself when the database is back.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            QueryTimeoutException.class, TransientDataAccessResourceException.class, JDBCConnectionException.class,
            SQLTransientConnectionException.class })
    ResponseEntity<Object> handleDatabaseUnavailable(Exception exception, WebRequest request) {
        log.warn("Database unavailable: {}", NestedExceptionUtils.getMostSpecificCause(exception).toString());
        log.debug("Database unavailable", exception);
        ProblemDetail problem = problem(ProblemType.SERVICE_UNAVAILABLE,
                "The registry cannot reach its database right now. Retry in a few seconds.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
        if (DatabaseOutage.causedBy(exception)) {
            return handleDatabaseUnavailable(exception, request);
        }
        log.error("Unexpected failure", exception);
        ProblemDetail problem = problem(ProblemType.INTERNAL_ERROR,
                "The registry could not answer this request. The failure has been logged.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fieldError : exception.getBindingResult().getFieldErrors()) {
            String message = fieldError.isBindingFailure() ? "must be " + expectedType(fieldError.getField())
                    : String.valueOf(fieldError.getDefaultMessage());
            errors.add(error(fieldError.getField(), message));
        }
        exception.getBindingResult()
            .getGlobalErrors()
            .forEach(e -> errors.add(error(e.getObjectName(), String.valueOf(e.getDefaultMessage()))));
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
        // The same name can be a date in one list and a year in another (chairmanship
        // years: from, to).
        Class<? extends Enum<?>> values = enumType(exception);
        String message = values != null
                ? "must be one of " + String.join(", ", EnumParameters.names(values)) + " (in any case)"
                : "must be " + (required != null
                        && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(required))
                                ? "a whole number" : expectedType(name));
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, "Parameter '" + name + "' " + message + ".");
        problem.setProperty("errors", List.of(error(name, message)));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER,
                "Parameter '" + exception.getParameterName() + "' is required.");
        problem.setProperty("errors", List.of(error(exception.getParameterName(), "is required")));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Every problem is sent as {@code application/problem+json}, whatever the request's
     * {@code Accept} says (RFC 9457 §3): a client that asked for CSV, or sent an Accept
     * no one can parse, still learns what went wrong.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(ProblemType.forStatus(statusCode.value()).uri());
            }
            CorrelationIdFilter.addTo(problem, CorrelationIdFilter.of(request));
            HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, statusCode, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(Exception exception, List<Map<String, String>> errors,
            HttpHeaders headers, WebRequest request) {
        String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
        ProblemDetail problem = problem(ProblemType.VALIDATION_FAILED, "Invalid value of " + fields + ".");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The enum a parameter (or each element of a list parameter) is of, if it is. */
    @SuppressWarnings("unchecked")
    private static @Nullable Class<? extends Enum<?>> enumType(TypeMismatchException exception) {
        if (!(exception instanceof MethodArgumentTypeMismatchException mismatch)) {
            return null;
        }
        ResolvableType type = ResolvableType.forMethodParameter(mismatch.getParameter());
        Class<?> raw = type.resolve();
        if (raw != null && Collection.class.isAssignableFrom(raw)) {
            raw = type.asCollection().resolveGeneric(0);
        }
        return raw != null && raw.isEnum() ? (Class<? extends Enum<?>>) raw : null;
    }

    private static String expectedType(String name) {
        return switch (name) {
            case "asOf", "from", "to", "since" -> "a date in ISO 8601 form (YYYY-MM-DD)";
            case "page", "size", "id", "fromYear", "toYear" -> "a whole number";
            default -> "a valid value";
        };
    }

}
