package org.houqin.platform.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.logs.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error as an RFC 9457 problem document: {@code type, title, status, detail}, and ours: a
 * {@code code} (a message key a client can branch on) and a {@code reference} that is also written to the log, so a
 * school's report of an error finds its line. One reference per request.
 */
public final class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    /** A problem about the current request. */
    public static Map<String, Object> of(HttpStatus status, String detail, String code) {
        HttpServletRequest request = current();
        return of(request, status, detail, code);
    }

    public static Map<String, Object> of(HttpServletRequest request, HttpStatus status, String detail, String code) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code);
        if (request != null) {
            problem.put("reference", reference(request));
            log.info("API {} {} {}: {} (reference {})", status.value(), request.getMethod(), request.getRequestURI(),
                    code, reference(request));
        }
        return problem;
    }

    // No "instance": the request's path may hold the very value that was refused, which a problem never repeats.

    /** Writes a problem from a filter, before any controller. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String detail, String code) throws IOException {
        write(response, status, of(request, status, detail, code));
    }

    public static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /**
     * This request's reference: its id ({@link RequestIds}), the same for every problem and log line of the request
     * and in its {@code X-Request-Id} header.
     */
    public static String reference(HttpServletRequest request) {
        return RequestIds.of(request);
    }

    private static HttpServletRequest current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
