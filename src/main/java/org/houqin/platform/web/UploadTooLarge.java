package org.houqin.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An upload over the multipart limits is refused by the servlet container while it reads the form, before Spring
 * Security has read the form's CSRF token; left alone, the user gets the container's bare 413 page and the log a
 * stack trace. This filter, just before security, reads the parts first and, when they are too large, answers
 * with a short page in the user's language that names the limits and leads back (status 413).
 */
@Component
@Order(-110)
class UploadTooLarge extends OncePerRequestFilter {

    private static final long MB = 1024 * 1024;

    private final MultipartProperties multipart;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadTooLarge(MultipartProperties multipart, MessageSource messages, LocaleResolver locales) {
        this.multipart = multipart;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The container says so by the class of the cause: FileSizeLimitExceeded…, SizeLimitExceeded…, MaxUploadSize…. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.endsWith("SizeLimitExceededException") || name.equals("MaxUploadSizeExceededException")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("upload.tooLarge.title", null, locale);
        String text = messages.getMessage("upload.tooLarge.text", new Object[] {
                multipart.getMaxFileSize().toBytes() / MB, multipart.getMaxRequestSize().toBytes() / MB}, locale);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        RefusalPage.write(request, response, messages, locale, title, text);
    }
}
