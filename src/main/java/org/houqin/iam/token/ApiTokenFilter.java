package org.houqin.iam.token;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.iam.auth.CurrentUserFactory;
import org.houqin.platform.api.ApiProblems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/} calls that carry {@code Authorization: Bearer hq_…}, for this request only (no
 * session). A bad token is answered with 401 at once.
 */
@Component
public class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final CurrentUserFactory users;

    ApiTokenFilter(ApiTokens tokens, CurrentUserFactory users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return !request.getRequestURI().startsWith("/api/") || header == null || !header.startsWith("Bearer ");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring("Bearer ".length()).strip();
        CurrentUser user = SystemWork.call(() -> tokens.owner(token).flatMap(users::enabled).orElse(null));
        if (user == null) {
            ApiProblems.write(request, response, HttpStatus.UNAUTHORIZED, "Invalid, expired or revoked API token",
                    "token.invalid");
            return;
        }
        var authorities = user.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
