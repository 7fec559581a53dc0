package org.houqin.platform.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Replaces one {@code hq:} element with its field markup, which Thymeleaf then processes like any template text
 * ({@code th:field}, {@code th:errors}, the options in the body…). It runs after {@code th:each}, {@code th:if},
 * {@code th:unless} and {@code th:with} (precedence 200 to 600), so those act on the whole field; every other
 * attribute goes to the control.
 */
final class FieldProcessor extends AbstractElementModelProcessor {

    static final int PRECEDENCE = 650;

    private final FieldMarkup.Kind kind;

    FieldProcessor(String dialectPrefix, FieldMarkup.Kind kind) {
        super(TemplateMode.HTML, dialectPrefix, kind.element(), true, null, false, PRECEDENCE);
        this.kind = kind;
    }

    @Override
    protected void doProcess(ITemplateContext context, IModel model, IElementModelStructureHandler structureHandler) {
        IProcessableElementTag tag = (IProcessableElementTag) model.get(0);
        IModel body = context.getModelFactory().createModel();
        for (int i = 1; i < model.size() - 1; i++) {
            body.add(model.get(i));
        }
        IModel markup = new FieldMarkup(context.getModelFactory(), kind, FieldSpec.of(tag, kind)).build(body);
        model.reset();
        model.addModel(markup);
    }
}
