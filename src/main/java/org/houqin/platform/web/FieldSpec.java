package org.houqin.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;

/**
 * What an {@code hq:} element asks for. Its own attributes are read and checked here; all others are kept, in their
 * order and as written, for the control. The texts {@code label}, {@code help} and {@code blank} are message keys, or
 * message and variable expressions as written; {@code prefix} and {@code suffix} are plain text or such an
 * expression. A key or a field path must look like one, so only expressions the template's author wrote reach the
 * expression parser.
 */
record FieldSpec(String field, String id, String wrapperClass, String labelClass, String controlClass, String label,
                 String help, String blank, String prefix, String suffix, boolean toggle, Map<String, String> control) {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][\\w.\\[\\]]*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][\\w.\\-]*");
    private static final Set<String> OWN = Set.of("field", "class", "label-class", "control-class", "label", "help",
            "blank", "prefix", "suffix", "switch");

    static FieldSpec of(IProcessableElementTag tag, FieldMarkup.Kind kind) {
        Map<String, String> control = new LinkedHashMap<>();
        for (IAttribute attribute : tag.getAllAttributes()) {
            String name = attribute.getAttributeCompleteName();
            if (!OWN.contains(name)) {
                control.put(name, attribute.getValue());
            }
        }
        String field = tag.getAttributeValue("field");
        if (field != null && !PATH.matcher(field).matches()) {
            throw new TemplateProcessingException("hq:" + kind.element() + ": not a field path: " + field);
        }
        if (field == null && kind.bound()) {
            throw new TemplateProcessingException("hq:" + kind.element() + " needs a field");
        }
        // th:field names a control by its path without brackets: lines[0].qty becomes lines0.qty
        String id = control.containsKey("id") ? control.get("id") : field == null ? null : field.replaceAll("[\\[\\]]", "");
        return new FieldSpec(field, id, tag.getAttributeValue("class"), tag.getAttributeValue("label-class"),
                tag.getAttributeValue("control-class"), text(tag, "label"), text(tag, "help"), text(tag, "blank"),
                tag.getAttributeValue("prefix"), tag.getAttributeValue("suffix"), tag.hasAttribute("switch"), control);
    }

    /** A message key as a message expression, or the expression as written; null when the attribute is missing. */
    private static String text(IProcessableElementTag tag, String name) {
        String value = tag.getAttributeValue(name);
        if (value == null || isExpression(value)) {
            return value;
        }
        if (!KEY.matcher(value).matches()) {
            throw new TemplateProcessingException(tag.getElementCompleteName() + ": " + name + " is neither a message key "
                    + "nor an expression: " + value);
        }
        return "#{" + value + "}";
    }

    /** Starts with a message or variable expression, as in {@code label="#{room.photos(${max})}"}. */
    static boolean isExpression(String value) {
        return value.startsWith("#{") || value.startsWith("${");
    }

    boolean bound() {
        return field != null;
    }

    String helpId() {
        return (id == null ? "field" : id) + "-help";
    }
}
