package org.houqin.platform.logs;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.security.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes who made the request, for its log line. It runs inside the security filters (whose order is -100), where
 * the signed-in user is known; {@link RequestLog}, outside them, writes the line after security has forgotten them.
 * It notes the user when the request leaves, so a sign-in is logged with the user it signed in.
 */
@Component
@Order(-99)
class RequestUser extends OncePerRequestFilter {

    private static final String ATTRIBUTE = RequestUser.class.getName() + ".who";
    private static final Who NOBODY = new Who("-", "-");

    record Who(String user, String school) {
    }

    static Who of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Who who ? who : NOBODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.find().ifPresent(user -> request.setAttribute(ATTRIBUTE, new Who(
                    String.valueOf(user.userId()), user.schoolId() == null ? "-" : user.schoolId().toString())));
        }
    }
}
