package org.houqin.iam.token;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.iam.auth.CurrentUserFactory;
import org.houqin.platform.api.ApiProblems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/} calls that carry {@code Authorization: Bearer hq_…}, for this request only (no
 * session). A revoked, expired or unknown token is answered with 401 at once, a token over its school's rate limit
 * with 429 and {@code Retry-After}; otherwise the token's scope goes on the request for {@link TokenScopeInterceptor}.
 */
@Component
public class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final CurrentUserFactory users;
    private final TokenRateLimit rateLimit;
    private final MessageSource messages;

    ApiTokenFilter(ApiTokens tokens, CurrentUserFactory users, TokenRateLimit rateLimit, MessageSource messages) {
        this.tokens = tokens;
        this.users = users;
        this.rateLimit = rateLimit;
        this.messages = messages;
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
        ApiTokens.Bearer bearer = SystemWork.call(() -> tokens.bearer(token).orElse(null));
        CurrentUser user = bearer == null ? null : SystemWork.call(() -> users.enabled(bearer.userId()).orElse(null));
        if (user == null) {
            refuse(request, response, HttpStatus.UNAUTHORIZED, "token.invalid");
            return;
        }
        OptionalLong retryAfter = rateLimit.take(bearer.scope().tokenId(), user.schoolId());
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.getAsLong()));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "token.rateLimited");
            return;
        }
        request.setAttribute(TokenScope.ATTRIBUTE, bearer.scope());
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

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ApiProblems.write(request, response, status, messages.getMessage(code, null, request.getLocale()), code);
    }
}
