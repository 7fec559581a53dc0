package org.houqin.platform.logs;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its id ({@link RequestIds}), echoed in the {@code X-Request-Id} header and kept in the MDC
 * while the request and its error page run, and writes one INFO line on {@code houqin.requests} when it completes:
 * {@code id=… user=… school=… method=GET route=/repairs/{id} status=200 ms=12}. The route is the handler's pattern,
 * never the path, so no id or personal value reaches the log. Static resources are neither logged nor given an id.
 */
@Component
@Order(RequestLog.ORDER)
class RequestLog extends OncePerRequestFilter {

    /** Right after the character encoding, before every filter that may refuse a request. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Logger log = LoggerFactory.getLogger("houqin.requests");
    private static final List<String> STATIC = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    private final LogsProperties properties;

    RequestLog(LogsProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        String id = error ? RequestIds.of(request) : idFor(request);
        String outer = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            if (error) {
                chain.doFilter(request, response);
            } else {
                RequestIds.assign(request, id);
                response.setHeader(RequestIds.HEADER, id);
                logged(request, response, chain);
            }
        } finally {
            restore(outer);
        }
    }

    private void logged(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new WhenComplete(request, response, start));
            } else {
                write(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), start);
            }
        }
    }

    private String idFor(HttpServletRequest request) {
        String header = request.getHeader(RequestIds.HEADER);
        return properties.requestIdHeader() && RequestIds.wellFormed(header) ? header : RequestIds.fresh();
    }

    private static void restore(String outer) {
        if (outer == null) {
            MDC.remove(RequestIds.MDC_KEY);
        } else {
            MDC.put(RequestIds.MDC_KEY, outer);
        }
    }

    private void write(HttpServletRequest request, int status, long start) {
        if (!properties.requests() || !log.isInfoEnabled()) {
            return;
        }
        RequestUser.Who who = RequestUser.of(request);
        log.info("id={} user={} school={} method={} route={} status={} ms={}", RequestIds.of(request), who.user(),
                who.school(), request.getMethod(), RequestIds.route(request), status,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** An asynchronous request completes after its first dispatch returned: its line is written then. */
    private final class WhenComplete implements AsyncListener {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final long start;

        WhenComplete(HttpServletRequest request, HttpServletResponse response, long start) {
            this.request = request;
            this.response = response;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            String outer = MDC.get(RequestIds.MDC_KEY);
            MDC.put(RequestIds.MDC_KEY, RequestIds.of(request));
            try {
                write(request, response.getStatus(), start);
            } finally {
                restore(outer);
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
