package org.houqin.platform.ops;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a monitoring server in one of the configured address ranges read {@code /actuator/**} without signing in: such
 * a request, when nobody is signed in, is authenticated with the {@link #AUTHORITY} for this request only (it is never saved in a
 * session). It runs inside the security chain, before the anonymous user is set.
 */
public final class ScraperAccess extends OncePerRequestFilter {

    /** The authority of a monitoring server; the actuator's paths accept it beside the administrator's permission. */
    public static final String AUTHORITY = "ops:scrape";

    private final AddressRanges ranges;

    public ScraperAccess(OpsProperties properties) {
        this.ranges = properties.ranges();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ranges.isEmpty() || !request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null && ranges.contains(request.getRemoteAddr())) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "monitoring " + request.getRemoteAddr(), null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
        }
        chain.doFilter(request, response);
    }
}
