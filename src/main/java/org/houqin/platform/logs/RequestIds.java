package org.houqin.platform.logs;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One id per request: eight upper-case hex characters made by {@link RequestLog} (or a well-formed one from the
 * reverse proxy), the reference of the error page and of every API problem of the request, and the {@code id} of its
 * log line, so a user's screenshot finds the line.
 */
public final class RequestIds {

    /** The response header and the request header a reverse proxy may set. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key, in every log line written while the request runs. */
    public static final String MDC_KEY = "requestId";

    private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
    /** Letters, digits and dashes only: an id from outside can never break a log line or a page. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private RequestIds() {
    }

    /** This request's id, made now if no filter made it (a request the log skips). */
    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String id = fresh();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    static void assign(HttpServletRequest request, String id) {
        request.setAttribute(ATTRIBUTE, id);
    }

    static boolean wellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /** A new id, for a reference outside any request. */
    public static String fresh() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase(Locale.ROOT);
    }

    /** The handler's pattern, e.g. {@code /repairs/{id}}: never the path with its ids and never a query string. */
    static String route(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                ? pattern : "-";
    }

    /** The route of the request this thread serves, "-" for a job or before a handler was chosen. */
    static String currentRoute() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? route(attributes.getRequest()) : "-";
    }
}
