package org.houqin.platform.facts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.houqin.platform.security.CurrentUser;

/**
 * One thing that happened in a period, as a module tells it to reports: "报修受理 300 次, 其中水电 120 次".
 *
 * @param key        stable and namespaced by module ({@code repairs.requests.received}); dashboards and the work
 *                   summary find a fact by it, so it never changes meaning
 * @param labelKey   the message key of its name, {@code facts.} + the key
 * @param value      a count or a sum with its unit
 * @param breakdown  the value split up (by category, department, material), biggest first; may be empty
 * @param link       the local page showing the rows behind the fact for the period (a list with the period's filter
 *                   where the list takes one, otherwise the module's statistics for the period)
 * @param permission what a reader needs to open the link, and so to be given the fact: no fact leads to a 403
 */
public record Fact(String key, String labelKey, Amount value, List<Part> breakdown, String link, String permission) {

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z][A-Za-z]*)+");

    /** A share of the fact's value: a category and its count, a material and its quantity in its own unit. */
    public record Part(Label label, Amount value) {

        public Part {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public Fact {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A fact's key is module.words: " + key);
        }
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            throw new IllegalArgumentException("A fact links to a local page: " + link);
        }
        if (permission == null || permission.isBlank()) {
            throw new IllegalArgumentException("A fact names the permission its page needs: " + key);
        }
        breakdown = List.copyOf(breakdown);
    }

    public static Fact of(String key, Amount value, String link, String permission) {
        return new Fact(key, "facts." + key, value, List.of(), link, permission);
    }

    /** The same fact split up into parts. */
    public Fact by(List<Part> parts) {
        return new Fact(key, labelKey, value, parts, link, permission);
    }

    /** The module that told it: the first word of the key. */
    public String module() {
        return key.substring(0, key.indexOf('.'));
    }

    public boolean visibleTo(CurrentUser reader) {
        return reader.can(permission);
    }
}
