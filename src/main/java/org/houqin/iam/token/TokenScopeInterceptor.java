package org.houqin.iam.token;

import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.api.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a bearer call its token's scope does not cover, before the handler runs: a write with a read-only token,
 * a handler of a module the token is not limited to. The module is the handler's own, so a new module is covered
 * without a list. Signed-in browser sessions carry no scope and are not looked at.
 */
class TokenScopeInterceptor implements HandlerInterceptor {

    private final MessageSource messages;

    TokenScopeInterceptor(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(request.getAttribute(TokenScope.ATTRIBUTE) instanceof TokenScope scope)
                || request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<String> refusal = scope.refusal(request.getMethod(), TokenScope.moduleOf(method.getBeanType()),
                pattern(request));
        if (refusal.isEmpty()) {
            return true;
        }
        ApiProblems.write(request, response, HttpStatus.FORBIDDEN,
                messages.getMessage(refusal.get(), null, request.getLocale()), refusal.get());
        return false;
    }

    /** The handler's path pattern ({@code /api/v1/me}), or the path itself. */
    private static String pattern(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }
}
