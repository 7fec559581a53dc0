package org.houqin.platform.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.houqin.platform.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The value mapping after the column mapping: each distinct value of a lookup field that no record names exactly is
 * asked about once, with its guesses; the answers (the user's, or remembered from the school's earlier imports) then
 * resolve every row, and are remembered when the rows are written.
 */
@Component
class ValueStep {

    /** More records than this and the page offers only the guesses, not every record. */
    private static final int LISTED = 400;

    private final ValueMemory memory;
    private final MessageSource messages;

    ValueStep(ValueMemory memory, MessageSource messages) {
        this.memory = memory;
        this.messages = messages;
    }

    /** The lookups of the mapped fields, by field key. */
    static Map<String, ValueLookup> mapped(ImportKind<?> kind, long schoolId, CurrentUser me, ImportMapping mapping) {
        Map<String, ValueLookup> lookups = new LinkedHashMap<>();
        kind.lookups(schoolId, me).forEach((field, lookup) -> {
            if (mapping.has(field)) {
                lookups.put(field, lookup);
            }
        });
        return lookups;
    }

    ValueReview review(ImportKind<?> kind, long schoolId, CurrentUser me, Path file, ImportPreview preview,
                       ImportMapping mapping, Map<String, String> params, Locale locale) {
        Map<String, ValueLookup> lookups = mapped(kind, schoolId, me, mapping);
        if (lookups.isEmpty()) {
            return ValueReview.NONE;
        }
        Map<String, String> lookupOfField = new LinkedHashMap<>();
        lookups.forEach((field, lookup) -> lookupOfField.put(field, lookup.name()));
        DistinctValues distinct = new DistinctValues(preview, mapping, lookupOfField);
        SheetReader.read(file, kind.limits(), distinct);
        Map<String, ValueChoice> posted = ValueAnswers.posted(params);
        List<ValueQuestion> questions = new ArrayList<>();
        Map<String, Map<String, ValueChoice>> answers = new HashMap<>();
        boolean answered = true;
        Map<String, String> firstField = new LinkedHashMap<>();
        lookups.forEach((field, lookup) -> firstField.putIfAbsent(lookup.name(), field));
        for (Map.Entry<String, ValueLookup> entry : byLookup(lookups).entrySet()) {
            ValueLookup lookup = entry.getValue();
            ImportField field = field(kind, firstField.get(entry.getKey()));
            boolean allowEmpty = lookups.entrySet().stream().filter(e -> e.getValue().name().equals(lookup.name()))
                    .allMatch(e -> !field(kind, e.getKey()).required());
            Asker asker = new Asker(lookup, new ValueMatcher(lookup.options()), allowEmpty,
                    memory.answers(schoolId, lookup.name()), label(field, locale), locale);
            for (Map.Entry<String, Integer> value : distinct.values().get(lookup.name()).entrySet()) {
                if (asker.matcher.exact(value.getKey()).isPresent()) {
                    continue;
                }
                String key = lookup.name() + ":" + value.getKey();
                ValueChoice given = asker.valid(posted.get(key), value.getKey());
                ValueChoice known = given != null ? given
                        : asker.valid(asker.remembered.get(value.getKey()), value.getKey());
                answered &= known != null;
                ValueQuestion question = asker.question(questions.size(), value.getKey(), value.getValue(), known,
                        given == null && known != null);
                questions.add(question);
                answers.computeIfAbsent(lookup.name(), k -> new HashMap<>()).put(value.getKey(),
                        known != null ? known : ValueChoice.parse(question.chosen()));
            }
        }
        return new ValueReview(questions, answered, answers);
    }

    /** Keeps the answers that name a record or leave the field empty, for the school's next import. */
    void remember(long schoolId, long userId, Map<String, Map<String, ValueChoice>> answers) {
        answers.forEach((lookup, byValue) -> byValue.forEach((value, choice) -> {
            if (choice.kind() == ValueChoice.Kind.EXISTING || choice.kind() == ValueChoice.Kind.EMPTY) {
                memory.remember(schoolId, userId, lookup, value, choice);
            }
        }));
    }

    static Map<String, ValueLookup> byLookup(Map<String, ValueLookup> lookups) {
        Map<String, ValueLookup> byName = new LinkedHashMap<>();
        lookups.values().forEach(l -> byName.putIfAbsent(l.name(), l));
        return byName;
    }

    private static ImportField field(ImportKind<?> kind, String key) {
        return kind.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private String label(ImportField field, Locale locale) {
        return messages.getMessage(field.labelKey(), null, field.key(), locale);
    }

    /** Asks about the values of one lookup. */
    private final class Asker {

        private final ValueLookup lookup;
        private final ValueMatcher matcher;
        private final boolean allowEmpty;
        private final Map<String, ValueChoice> remembered;
        private final String fieldLabel;
        private final Locale locale;

        Asker(ValueLookup lookup, ValueMatcher matcher, boolean allowEmpty, Map<String, ValueChoice> remembered,
              String fieldLabel, Locale locale) {
            this.lookup = lookup;
            this.matcher = matcher;
            this.allowEmpty = allowEmpty;
            this.remembered = remembered;
            this.fieldLabel = fieldLabel;
            this.locale = locale;
        }

        /** An answer this value may have: a record that still exists, a creation the lookup allows… */
        ValueChoice valid(ValueChoice choice, String text) {
            if (choice == null) {
                return null;
            }
            return switch (choice.kind()) {
                case EXISTING -> matcher.has(choice.id()) ? choice : null;
                case EMPTY -> allowEmpty ? choice : null;
                case NEW -> lookup.creation(text) != null ? choice : null;
                case WRONG -> choice;
            };
        }

        ValueQuestion question(int index, String text, int rows, ValueChoice known, boolean remembered) {
            List<ValueMatcher.Guess> guesses = matcher.guesses(text);
            ValueLookup.Creation creation = lookup.creation(text);
            List<ValueQuestion.Offer> offers = guesses.stream().map(g -> new ValueQuestion.Offer("id:" + g.option().id(),
                    g.option().label() + " · " + text(g.reasonKey()))).toList();
            List<ValueQuestion.Offer> others = matcher.options().size() > LISTED ? List.of() : matcher.options()
                    .stream().map(o -> new ValueQuestion.Offer("id:" + o.id(), o.label())).toList();
            String chosen = known != null ? known.param()
                    : !guesses.isEmpty() && guesses.get(0).score() >= ValueMatcher.LIKELY ? "id:" + guesses.get(0).option().id()
                    : creation != null ? "new" : "wrong";
            return new ValueQuestion("va_" + index, lookup.name() + ":" + text, fieldLabel, text, rows, offers,
                    creation == null ? null
                            : messages.getMessage(creation.messageKey(), creation.args(), creation.messageKey(), locale),
                    allowEmpty, others, chosen, remembered);
        }

        private String text(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }
}
