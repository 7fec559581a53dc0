package org.houqin.platform.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers of the values page in a run: as the form sent them, the records to create created, and each lookup
 * field's cells resolved to an id, to nothing, or to a problem.
 */
final class ValueAnswers {

    private ValueAnswers() {
    }

    /** The function each lookup field's cells go through in a run: an id, null for "left empty", or a problem. */
    static Map<String, Function<String, Long>> resolvers(Map<String, ValueLookup> lookups,
                                                         Map<String, Map<String, ValueChoice>> answers) {
        Map<String, Function<String, Long>> resolvers = new HashMap<>();
        Map<String, ValueMatcher> matchers = new HashMap<>();
        lookups.forEach((field, lookup) -> {
            ValueMatcher matcher = matchers.computeIfAbsent(lookup.name(), n -> new ValueMatcher(lookup.options()));
            Map<String, ValueChoice> given = answers.getOrDefault(lookup.name(), Map.of());
            resolvers.put(field, text -> {
                var exact = matcher.exact(text);
                if (exact.isPresent()) {
                    return exact.get().id();
                }
                ValueChoice choice = given.getOrDefault(text, ValueChoice.WRONG);
                return switch (choice.kind()) {
                    case EXISTING -> choice.id();
                    case EMPTY -> null;
                    default -> throw new RowProblem(null, lookup.unknownKey(), text);
                };
            });
        });
        return resolvers;
    }

    /** Creates the records the user asked for and says the answers with their ids instead. */
    static Map<String, Map<String, ValueChoice>> created(Map<String, ValueLookup> lookups,
                                                         Map<String, Map<String, ValueChoice>> answers) {
        Map<String, Map<String, ValueChoice>> out = new HashMap<>();
        answers.forEach((name, byValue) -> {
            ValueLookup lookup = ValueStep.byLookup(lookups).get(name);
            Map<String, ValueChoice> made = new HashMap<>();
            byValue.forEach((value, choice) -> made.put(value, choice.kind() == ValueChoice.Kind.NEW && lookup != null
                    && lookup.creation(value) != null ? ValueChoice.of(lookup.create(value)) : choice));
            out.put(name, made);
        });
        return out;
    }

    /** The answers a values page sent: {@code vq_N} is "lookup:value", {@code va_N} its answer. */
    static Map<String, ValueChoice> posted(Map<String, String> params) {
        Map<String, ValueChoice> posted = new HashMap<>();
        params.forEach((name, key) -> {
            ValueChoice choice = name.startsWith("vq_") ? ValueChoice.parse(params.get("va_" + name.substring(3))) : null;
            if (choice != null) {
                posted.put(key, choice);
            }
        });
        return posted;
    }
}
