package org.houqin.platform.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo school is being prepared on the first start, every request gets 503 with {@code Retry-After} and a
 * short page that reloads itself: not the login form of a school without users, and never the setup page, which an
 * empty database would otherwise offer for those seconds. Static files pass, so the page is styled.
 */
@Component
@Order(-120)
class DemoPreparing extends OncePerRequestFilter {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><meta http-equiv="refresh" content="3">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>后勤管理系统</title></head>
            <body style="font-family: sans-serif; margin: 3rem auto; max-width: 32rem; padding: 0 1rem">
            <h1 style="font-size: 1.4rem">示范学校正在准备，请稍候…</h1>
            <p>第一次启动时要建好示范学校的人员、房间和账目，几秒钟后本页会自动刷新。</p>
            <p lang="en">The demo school is being prepared on this first start. This page reloads in a few seconds.</p>
            </body></html>
            """;

    private final DemoDataLoader loader;

    DemoPreparing(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !loader.preparing() || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "3");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
