package org.houqin.iam.auth;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.houqin.platform.time.SchoolClock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session after its absolute lifetime (12 hours by default), however active it has been; signing in again
 * returns to the page asked for.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;
    private final SchoolClock clock;

    SessionLifetimeFilter(Duration lifetime, SchoolClock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.now().toEpochMilli() - session.getCreationTime() > lifetime.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(LoginTarget.expired(request));
            return;
        }
        chain.doFilter(request, response);
    }
}
