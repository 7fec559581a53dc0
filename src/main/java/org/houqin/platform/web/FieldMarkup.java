package org.houqin.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;

/**
 * The Bootstrap markup of one form field, as every Houqin form wrote it by hand: a wrapper (the element's
 * {@code class}), the label, the control, its help text and its error message. A bound control carries
 * {@code th:field} and {@code th:errorclass="is-invalid"}; the error is the field's {@code th:errors}.
 */
final class FieldMarkup {

    /** The elements: {@code hq:input}, {@code hq:textarea}, {@code hq:select}, {@code hq:check} and so on. */
    enum Kind {
        INPUT("input"), TEXTAREA("textarea"), SELECT("select"), CHECK("check"), FIELD("field"), FILTER("filter");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        String element() {
            return element;
        }

        /** A checkbox is always bound to a form property; the others may stand alone with an id and a name. */
        boolean bound() {
            return this == CHECK;
        }
    }

    private final IModelFactory factory;
    private final Kind kind;
    private final FieldSpec spec;
    private final IModel out;

    FieldMarkup(IModelFactory factory, Kind kind, FieldSpec spec) {
        this.factory = factory;
        this.kind = kind;
        this.spec = spec;
        this.out = factory.createModel();
    }

    IModel build(IModel body) {
        open("div", attributes("class", spec.wrapperClass()));
        switch (kind) {
            case INPUT -> labelled(() -> addons(() -> standalone("input", control("form-control"))));
            case TEXTAREA -> labelled(() -> element("textarea", control("form-control"), null));
            case SELECT -> labelled(() -> element("select", control("form-select"), blankAnd(body)));
            case CHECK -> check();
            case FIELD -> labelled(() -> out.addModel(body));
            case FILTER -> element("select", filter(), blankAnd(body));
        }
        if (spec.help() != null) {
            Map<String, String> help = attributes("class", "form-text", "id", spec.helpId(), "th:text", spec.help());
            element("div", help, null);
        }
        if (spec.bound() && kind != Kind.FILTER) {
            element("div", attributes("class", "invalid-feedback d-block",
                    "th:if", "${#fields.hasErrors('" + spec.field() + "')}", "th:errors", "*{" + spec.field() + "}"), null);
        }
        close("div");
        return out;
    }

    private void labelled(Runnable control) {
        if (spec.label() != null) {
            String css = spec.labelClass() == null ? "form-label" : "form-label " + spec.labelClass();
            element("label", attributes("class", css, "for", spec.id(), "th:text", spec.label()), null);
        }
        control.run();
    }

    private void check() {
        open("div", attributes("class", spec.toggle() ? "form-check form-switch" : "form-check"));
        Map<String, String> input = attributes("class", "form-check-input", "type", "checkbox");
        if (spec.toggle()) {
            input.put("role", "switch");
        }
        input.put("id", spec.id());
        input.putAll(control(null));
        standalone("input", input);
        element("label", attributes("class", "form-check-label", "for", spec.id(), "th:text", spec.label()), null);
        close("div");
    }

    /** The control's attributes: its class, its type first if it has one, the binding, then the rest as written. */
    private Map<String, String> control(String css) {
        Map<String, String> control = new LinkedHashMap<>();
        if (css != null) {
            control.put("class", spec.controlClass() == null ? css : css + " " + spec.controlClass());
        }
        if (spec.control().containsKey("type")) {
            control.putIfAbsent("type", spec.control().get("type"));
        }
        if (spec.bound()) {
            control.put("th:field", "*{" + spec.field() + "}");
            control.put("th:errorclass", "is-invalid");
        }
        spec.control().forEach(control::putIfAbsent);
        if (spec.help() != null) {
            String given = control.get("aria-describedby");
            control.put("aria-describedby", given == null ? spec.helpId() : given + " " + spec.helpId());
        }
        return control;
    }

    private Map<String, String> filter() {
        Map<String, String> select = control("form-select");
        if (spec.label() != null) {
            select.put("th:aria-label", spec.label());
        }
        return select;
    }

    private void addons(Runnable control) {
        if (spec.prefix() == null && spec.suffix() == null) {
            control.run();
            return;
        }
        open("div", attributes("class", "input-group"));
        addon(spec.prefix());
        control.run();
        addon(spec.suffix());
        close("div");
    }

    private void addon(String text) {
        if (text == null) {
            return;
        }
        if (FieldSpec.isExpression(text)) {
            element("span", attributes("class", "input-group-text", "th:text", text), null);
        } else {
            open("span", attributes("class", "input-group-text"));
            out.add(factory.createText(text));
            close("span");
        }
    }

    private IModel blankAnd(IModel body) {
        IModel options = factory.createModel();
        if (spec.blank() != null) {
            options.add(factory.createOpenElementTag("option", attributes("value", "", "th:text", spec.blank()),
                    AttributeValueQuotes.DOUBLE, false));
            options.add(factory.createCloseElementTag("option"));
        }
        options.addModel(body);
        return options;
    }

    private void element(String name, Map<String, String> attributes, IModel body) {
        open(name, attributes);
        if (body != null) {
            out.addModel(body);
        }
        close(name);
    }

    /** A null value writes the attribute without one, as {@code required} or {@code multiple} were written. */
    private void open(String name, Map<String, String> attributes) {
        out.add(factory.createOpenElementTag(name, attributes, AttributeValueQuotes.DOUBLE, false));
    }

    private void standalone(String name, Map<String, String> attributes) {
        out.add(factory.createStandaloneElementTag(name, attributes, AttributeValueQuotes.DOUBLE, false, false));
        out.add(factory.createText("\n"));
    }

    private void close(String name) {
        out.add(factory.createCloseElementTag(name));
        out.add(factory.createText("\n"));
    }

    /** Names and values; a pair without a value (no wrapper class, no label target) is left out. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                attributes.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return attributes;
    }
}
