package org.houqin.platform.web;

import java.util.List;
import java.util.Map;

import org.houqin.platform.api.ApiProblems;
import org.houqin.platform.api.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * What the API answers when it cannot take a request as sent, always as a problem document ({@link ApiProblems}):
 * 400 with each field and the rule it broke (the constraint, or {@code typeMismatch}) and a message in the caller's
 * language; 404 for an id outside the caller's reach; 409 for a broken rule, and for a stale write with the
 * document's current version; 500 with the reference logged. Never the value sent, the path it was in, or a Java
 * type: the framework's own messages quote both. A JSON body counted past its limit on the way in
 * ({@link RequestBodyLimit}) is 413. Refusals of the security chain (401, 403) pass through to it.
 */
@ControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    record FieldProblem(String field, String code, String message) {
    }

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, Object>> invalid(BindException invalid) {
        return invalid(invalid.getAllErrors().stream().map(this::problem).toList());
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(TypeMismatchException mismatch) {
        return invalid(List.of(typeMismatch(mismatch.getPropertyName())));
    }

    /**
     * A broken rule that names a field of the body (a code already taken, a line's stock short, a missing signature)
     * is answered as a refused field: 400 listing it. A rule about the document as a whole stays a 409 with its code
     * ({@link ConflictHandler}, as for the pages).
     */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Map<String, Object>> ruleBroken(RuleViolation violation) {
        String message = messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(),
                LocaleContextHolder.getLocale());
        if (violation.field() == null) {
            return answer(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, message, violation.messageKey()));
        }
        return invalid(List.of(new FieldProblem(violation.field(), violation.messageKey(), message)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException notFound) {
        return answer(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, text("request.notFound"), "request.notFound"));
    }

    /** A stale write: 409, with the document's version now when the endpoint read it ({@link StaleVersion#guard}). */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> stale(OptimisticLockingFailureException stale) {
        Map<String, Object> problem = problem(HttpStatus.CONFLICT, text("request.stale"), "error.conflict.stale");
        if (stale instanceof StaleVersion known) {
            problem.put("currentVersion", known.currentVersion());
        }
        return answer(HttpStatus.CONFLICT, problem);
    }

    /**
     * Anything else: the framework's own refusals (a wrong method, media type) keep their status; an error of ours
     * is 500 with its reference in the log. The security chain's refusals are left to it, which audits them.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception failure) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure;
        }
        if (failure instanceof ErrorResponse framework) {
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            return answer(status, problem(status, status.getReasonPhrase(), "request." + status.value()));
        }
        if (DatabaseUnavailable.unreachable(failure)) {
            Map<String, Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, text("error.503.text"),
                    "request.unavailable");
            log.warn("API: the database is unreachable, reference {}", problem.get("reference"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER).body(problem);
        }
        Map<String, Object> problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, text("request.failed"),
                "request.failed");
        log.error("API error, reference {}", problem.get("reference"), failure);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, problem);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException missing) {
        return invalid(List.of(new FieldProblem(missing.getParameterName(), "NotNull", text("validation.required"))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException unreadable) {
        CountedBody.TooLarge tooLarge = CountedBody.TooLarge.in(unreadable);
        if (tooLarge != null) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimit.problem(text("request.tooLarge.text",
                    RequestBodyLimit.readable(tooLarge.limit())), tooLarge.limit()));
        }
        if (unreadable.getCause() instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(List.of(typeMismatch(path(mismatch.getPath()))));
        }
        return answer(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, text("request.unreadable"),
                "request.unreadable"));
    }

    /** The shape of every API error: a problem document with a message key as its code. */
    static Map<String, Object> problem(HttpStatus status, String detail, String code) {
        return ApiProblems.of(status, detail, code);
    }

    private ResponseEntity<Map<String, Object>> invalid(List<FieldProblem> problems) {
        Map<String, Object> problem = problem(HttpStatus.BAD_REQUEST, text("request.invalid"), "request.invalid");
        problem.put("errors", problems);
        return answer(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A constraint's own message (they name no value); a value that could not even be bound gets ours. */
    private FieldProblem problem(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
        if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
            return typeMismatch(field);
        }
        return new FieldProblem(field, error.getCode(), messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private FieldProblem typeMismatch(String field) {
        return new FieldProblem(field, "typeMismatch", text("request.invalid.type"));
    }

    /** Where in the JSON, as a form would name it: lines[0].quantity. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
