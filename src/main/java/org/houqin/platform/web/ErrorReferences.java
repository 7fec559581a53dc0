package org.houqin.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.logs.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every error a short reference number, shown to the user and written to the log with the cause, so support
 * can find what happened without the page ever showing internal text. The reference is the request's id
 * ({@link RequestIds}): the same as in its {@code X-Request-Id} header and its line in the request log.
 */
@Component
class ErrorReferences extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferences.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        String reference = reference(request);
        attributes.put("reference", reference);
        attributes.remove("trace");
        attributes.remove("exception");
        Object status = attributes.get("status");
        if (attributes.get("path") instanceof String path && path.startsWith("/api/")) {
            // the API's errors are problem documents (RFC 9457), also those no controller answered
            attributes.put("type", "about:blank");
            attributes.put("title", attributes.get("error"));
            attributes.put("code", "request." + status);
        }
        Throwable error = getError(request);
        if (status instanceof Integer code && code >= 500) {
            log.error("Error {} on {}", reference, request.getAttribute("jakarta.servlet.error.request_uri",
                    RequestAttributes.SCOPE_REQUEST), error);
        }
        return attributes;
    }

    private static String reference(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        return servlet != null ? RequestIds.of(servlet) : RequestIds.fresh();
    }
}
