package org.houqin.platform.api;

import java.lang.reflect.Type;

import org.houqin.platform.web.RuleViolation;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * {@code If-Match: "3"} (or {@code W/"3"}, or {@code 3}) on a command puts version 3 into its body, before the body
 * is validated: a client may send the version it read in either place, and the header wins. A header that is not a
 * version is a refused field.
 */
@ControllerAdvice(annotations = RestController.class)
public class IfMatch extends RequestBodyAdviceAdapter {

    public static final String HEADER = "If-Match";

    /** The version in an {@code If-Match} header, or the one in the body when there is no header. */
    public static int versionOr(String header, int inBody) {
        return header == null || header.isBlank() ? inBody : version(header);
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return VersionedBody.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        String header = input.getHeaders().getFirst(HEADER);
        if (header != null && !header.isBlank() && body instanceof VersionedBody versioned) {
            versioned.setVersion(version(header));
        }
        return body;
    }

    static int version(String header) {
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int version = Integer.parseInt(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new RuleViolation(HEADER, "request.ifMatch.invalid");
    }
}
