package org.houqin.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.HouqinProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request body but a multipart upload (which keeps its own limits, {@link UploadTooLarge}) has a size limit,
 * {@code houqin.security.max-form-size} for a url-encoded form and {@code max-json-size} for JSON and anything else.
 * A declared length over it is refused before anything reads the body; a chunked body is counted as it is read
 * ({@link CountedBody}). Refused means 413 with a problem document naming the limit for the API, a short page in
 * the user's language for people; never a half-read body reaching a handler, never an out-of-memory 500.
 */
@Component
@Order(RequestBodyLimit.ORDER)
class RequestBodyLimit extends OncePerRequestFilter {

    /** Before FormContentFilter (-9900), the first filter that may read a body, and long before security. */
    static final int ORDER = -10_100;

    private static final long KB = 1024;
    private static final long DRAIN = 32 * KB * KB;

    private final HouqinProperties.Security limits;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RequestBodyLimit(HouqinProperties properties, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.limits = properties.security();
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return type(request).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = type(request).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        long limit = (form ? limits.maxFormSize() : limits.maxJsonSize()).toBytes();
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, limit);
            if (length <= DRAIN) {
                drain(request);
            }
        } else if (length >= 0) {
            chain.doFilter(request, response);
        } else if (form) {
            readForm(request, response, chain, limit);
        } else {
            countWhileRead(request, response, chain, limit);
        }
    }

    private void readForm(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long limit)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = new CountedBody(request, limit).getInputStream().readAllBytes();
        } catch (CountedBody.TooLarge e) {
            refuse(request, response, limit);
            drain(request);
            return;
        }
        chain.doFilter(new BufferedForm(request, body), response);
    }

    /**
     * A handler's reader turns the overflow into its own error ({@link ApiErrors} answers 413); one that escapes is
     * answered here.
     */
    private void countWhileRead(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                long limit) throws ServletException, IOException {
        CountedBody counted = new CountedBody(request, limit);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (CountedBody.TooLarge.in(e) == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, limit);
        }
        if (counted.exceeded()) {
            response.flushBuffer();
            drain(request);
        }
    }

    /**
     * Reads on and throws away the rest of a refused body, up to 32 MB: closing a connection with bytes unread resets
     * it, and a client still sending could lose the answer with it. A larger body is cut off all the same.
     */
    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = request.getInputStream();
            for (long left = DRAIN; left > 0; ) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return;
                }
                left -= read;
            }
        } catch (IOException e) {
            // the client stopped sending; the connection closes anyway
        }
    }

    /** The API's answer to a body over its limit: a problem document with the limit in bytes. */
    static Map<String, Object> problem(String detail, long limit) {
        Map<String, Object> problem = ApiErrors.problem(HttpStatus.PAYLOAD_TOO_LARGE, detail, "request.tooLarge");
        problem.put("limit", limit);
        return problem;
    }

    /** The limit as people read it: 1 MB, 512 KB. */
    static String readable(long bytes) {
        return bytes % (KB * KB) == 0 ? bytes / (KB * KB) + " MB" : Math.max(1, bytes / KB) + " KB";
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String text = messages.getMessage("request.tooLarge.text", new Object[] {readable(limit)}, locale);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        // The rest of the body is never read: the connection cannot carry another request.
        response.setHeader("Connection", "close");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem(text, limit)));
            response.flushBuffer();
            return;
        }
        String title = messages.getMessage("request.tooLarge.title", null, locale);
        RefusalPage.write(request, response, messages, locale, title, text);
        response.flushBuffer();
    }

    private static String type(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }
}
