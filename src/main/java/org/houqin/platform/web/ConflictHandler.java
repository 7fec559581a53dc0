package org.houqin.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A stale edit (someone else saved first) and a broken business rule are answered with 409: a page that says what
 * happened. The API's endpoints answer both as problem documents ({@link ApiErrors}, which comes first for them).
 */
@ControllerAdvice
class ConflictHandler {

    private final MessageSource messages;

    ConflictHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object staleEdit(HttpServletRequest request, HttpServletResponse response) {
        return conflict(request, response, "error.conflict.stale", new Object[0]);
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleBroken(RuleViolation violation, HttpServletRequest request, HttpServletResponse response) {
        return conflict(request, response, violation.messageKey(), violation.args());
    }

    /** Only the path of the referring page, so the back link can never lead off the site. */
    static String localPath(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Object conflict(HttpServletRequest request, HttpServletResponse response, String key, Object[] args) {
        String message = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        response.setStatus(HttpStatus.CONFLICT.value());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.addObject("message", message);
        page.addObject("back", localPath(request.getHeader("Referer")));
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }
}
