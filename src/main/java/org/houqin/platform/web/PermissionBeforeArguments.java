package org.houqin.platform.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler's {@code @PreAuthorize} is decided before its arguments are read, so that someone who may not use a route
 * is refused (403, audited like every refusal) rather than told by a 400 which parameter it expects. Spring Security
 * decides it with its own expression handler; a denial goes the usual way, to the security chain's access-denied
 * handler. A rule that reads the method's arguments ({@code #id}) cannot be decided yet and is left to the method,
 * which checks every rule again when it is called.
 */
@Component
class PermissionBeforeArguments implements HandlerInterceptor, WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
    private final Map<Method, Boolean> decidable = new ConcurrentHashMap<>();

    PermissionBeforeArguments(ApplicationContext context, ObjectProvider<MethodSecurityExpressionHandler> handler) {
        rules.setExpressionHandler(handler.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
            expressions.setApplicationContext(context);
            return expressions;
        }));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !(handler instanceof HandlerMethod method)
                || !decidable.computeIfAbsent(method.getMethod(), m -> withoutArguments(method))) {
            return true;
        }
        AuthorizationResult result = rules.authorize(() -> user,
                new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", result);
        }
        return true;
    }

    private static boolean withoutArguments(HandlerMethod method) {
        PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return rule != null && !readsVariables(new SpelExpressionParser().parseRaw(rule.value()).getAST());
    }

    private static boolean readsVariables(SpelNode node) {
        if (node instanceof VariableReference) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (readsVariables(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}
