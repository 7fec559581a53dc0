package org.houqin.platform.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.api.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * When the database cannot be reached (stopped, restarting, the network to it cut, no connection free within the
 * pool's wait), every request answers 503 with {@code Retry-After} and its reference: the API a problem document, a
 * page a small page of its own, since the usual error page's menu and the session itself live in the database.
 * Nothing was written: a transaction that could not reach the database committed nothing. The pool reconnects by
 * itself, so the node serves again as soon as the database is back, with everyone still signed in.
 *
 * <p>Sits right after the request log ({@code RequestLog}, which gives the request its id) and before the session,
 * which is the first to read the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DatabaseUnavailable extends OncePerRequestFilter {

    /** The seconds a browser or a client is told to wait before it tries again. */
    static final String RETRY_AFTER = "30";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    /** Connection failures (class 08) and a server shutting down or starting (57P01-57P03). */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseUnavailable(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!unreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            answer(request, response, failure);
        }
    }

    /** Whether this failure, or one of its causes, says the database cannot be reached. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER);
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("error.503.title", null, locale);
        String text = messages.getMessage("error.503.text", null, locale);
        String reference = ApiProblems.reference(request);
        log.warn("Database unreachable, reference {}: {}", reference, rootMessage(failure));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, text, "request.unavailable");
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page(locale, title, text,
                messages.getMessage("error.reference", new Object[] {reference}, locale),
                messages.getMessage("error.retry", null, locale)));
    }

    private static String page(Locale locale, String title, String text, String reference, String retry) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f5f6f8}
                main{max-width:32rem;margin:15vh auto;padding:1.5rem;background:#fff;border-radius:.5rem;
                box-shadow:0 1px 3px rgba(0,0,0,.1)}h1{font-size:1.3rem}p{line-height:1.6}.ref{color:#666;font-size:.9rem}
                </style></head><body><main><h1>%s</h1><p>%s</p><p class="ref">%s</p>
                <p><a href="">%s</a></p></main></body></html>
                """.formatted(locale.toLanguageTag(), HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(text), HtmlUtils.htmlEscape(reference), HtmlUtils.htmlEscape(retry));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
