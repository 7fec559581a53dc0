package org.houqin.platform.api;

import java.lang.reflect.Type;

import org.houqin.platform.document.Submissions;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * {@code Idempotency-Key: …} on a create puts its key into the body ({@link SubmittedBody}) before the body is
 * validated, so that every endpoint creating a document takes the header without saying so; the description adds the
 * header to those operations ({@link ApiDocumentation}).
 */
@ControllerAdvice(annotations = RestController.class)
class IdempotencyKey extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return SubmittedBody.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof SubmittedBody submitted) {
            Submissions.fromHeader(input.getHeaders().getFirst(Submissions.IDEMPOTENCY_KEY))
                    .ifPresent(submitted::setSubmissionKey);
        }
        return body;
    }
}
