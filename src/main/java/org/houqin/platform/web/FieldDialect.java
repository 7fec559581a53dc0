package org.houqin.platform.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The {@code hq:} elements of form templates: {@code <hq:input field="code" label="room.code" class="col-md-6"
 * maxlength="32" required/>} writes the label, the control bound with {@code th:field}, its help and its error exactly
 * as a hand-written field does (ADR 0025, docs/developers.md "Pages"). Spring Boot adds every dialect bean to the
 * template engine.
 */
@Component
class FieldDialect extends AbstractProcessorDialect {

    static final String PREFIX = "hq";

    FieldDialect() {
        super("Houqin form fields", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        Set<IProcessor> processors = new LinkedHashSet<>();
        for (FieldMarkup.Kind kind : FieldMarkup.Kind.values()) {
            processors.add(new FieldProcessor(dialectPrefix, kind));
        }
        processors.add(new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
        return processors;
    }
}
