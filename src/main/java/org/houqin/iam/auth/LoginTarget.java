package org.houqin.iam.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Where signing in leads: the page the sign-in form was asked to return to ({@code /login?next=/q/…}, as a room
 * label's guest page offers), else the page that asked for sign-in (Spring Security's saved request), else the home
 * page. Only a path of this application is followed, never an address elsewhere: an open redirect would let a
 * forged link send a colleague from the school's own sign-in page to a look-alike.
 */
final class LoginTarget {

    static final String PARAMETER = "next";
    private static final int MAX_LENGTH = 1000;

    private LoginTarget() {
    }

    /** The target if it is a local path (not the sign-in, sign-out or setup page), else empty. */
    static Optional<String> local(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || !target.startsWith("/")
                || target.startsWith("//") || target.chars().anyMatch(c -> c == '\\' || c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(target);
            if (uri.getScheme() != null || uri.getAuthority() != null || uri.getPath() == null
                    || !uri.getPath().startsWith("/") || loops(uri.getPath())) {
                return Optional.empty();
            }
            return Optional.of(target);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The sign-in form's own query string for a target: {@code ?next=%2Fq%2F…}, or nothing. */
    static String query(String target) {
        return local(target).map(t -> PARAMETER + "=" + URLEncoder.encode(t, StandardCharsets.UTF_8)).orElse("");
    }

    /** After a sign-in: the form's target, else the saved request, else the home page. */
    static AuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        saved.setRequestCache(requests);
        return (request, response, authentication) -> {
            Optional<String> target = local(request.getParameter(PARAMETER));
            if (target.isPresent()) {
                requests.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + target.get());
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** After a failed attempt, back to the form with the message, keeping the target. */
    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String next = query(request.getParameter(PARAMETER));
            response.sendRedirect(request.getContextPath() + "/login?error" + (next.isEmpty() ? "" : "&" + next));
        };
    }

    /**
     * The sign-in page for a request that must sign in again (an ended session), returning to it when it was a GET of
     * a page: {@code /login?expired&next=…}.
     */
    static String expired(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String next = "GET".equals(request.getMethod()) && !path.startsWith("/api/")
                ? query(path + (query == null ? "" : "?" + query)) : "";
        return request.getContextPath() + "/login?expired" + (next.isEmpty() ? "" : "&" + next);
    }

    private static boolean loops(String path) {
        return path.equals("/login") || path.equals("/logout") || path.equals("/setup");
    }
}
