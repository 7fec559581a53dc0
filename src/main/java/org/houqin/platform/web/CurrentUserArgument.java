package org.houqin.platform.web;

import org.houqin.platform.security.CurrentUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a handler the signed-in user: {@code String list(CurrentUser me, …)}. A handler that names the user gets one
 * or the request is answered as unauthenticated; it never reaches into the security context itself.
 */
class CurrentUserArgument implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return CurrentUser.find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
