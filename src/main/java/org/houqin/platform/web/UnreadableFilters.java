package org.houqin.platform.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page opened with a filter it cannot read (a link typed by hand, an old bookmark: {@code ?view=FOO},
 * {@code ?category=abc}, {@code ?page=x}) shows its list without that filter instead of a 400 page: the browser is sent
 * to the same address without the parameters that could not be read. Only for reading a page; a form sent with a wrong
 * value, and any API call ({@link ApiErrors}, which comes first), still get their error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnreadableFilters {

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView typeMismatch(TypeMismatchException mismatch, HttpServletRequest request) throws TypeMismatchException {
        String name = mismatch instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : mismatch.getPropertyName();
        if (!readsPage(request) || name == null) {
            throw mismatch;
        }
        return without(request, Set.of(name));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView unbound(BindException unbound, HttpServletRequest request) throws BindException {
        Set<String> fields = unbound.getFieldErrors().stream().filter(FieldError::isBindingFailure)
                .map(FieldError::getField).collect(Collectors.toSet());
        if (!readsPage(request) || fields.isEmpty() || fields.size() < unbound.getErrorCount()) {
            throw unbound;
        }
        return without(request, fields);
    }

    private static boolean readsPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/");
    }

    /** The same page, its other parameters kept. */
    private static ModelAndView without(HttpServletRequest request, Collection<String> names) {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString());
        for (String name : List.copyOf(names)) {
            target.replaceQueryParam(name);
        }
        RedirectView redirect = new RedirectView(target.build(true).toUriString(), false);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
