package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.imports.ValueLookup.ValueOption;

/**
 * Matches the values of a file against a lookup's records. Exact: the code, the name, the label or another name, of
 * exactly one record. Otherwise guesses, best first: the record's code inside the text (教学楼A-101 → A-101), its name
 * inside the text or a part of the text inside its name (行政楼-总务处 → 总务处办公室), a parent code (2010105 →
 * 2010000), and names alike by their pairs of characters. The user confirms every guess.
 */
final class ValueMatcher {

    /** A record that a value may name, how sure the kit is (0–100) and why, as a message key. */
    record Guess(ValueOption option, int score, String reasonKey) {
    }

    /** A guess this sure is offered as the answer; the user still confirms it. */
    static final int LIKELY = 60;
    private static final int MAX_GUESSES = 5;

    private final List<ValueOption> options;
    private final Map<String, Set<Long>> exact = new HashMap<>();
    private final Map<Long, ValueOption> byId = new LinkedHashMap<>();

    ValueMatcher(List<ValueOption> options) {
        this.options = options;
        for (ValueOption o : options) {
            byId.put(o.id(), o);
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.code());
            names.add(o.name());
            names.add(o.label());
            names.stream().map(ValueMatcher::normal).filter(n -> !n.isEmpty())
                    .forEach(n -> exact.computeIfAbsent(n, k -> new HashSet<>()).add(o.id()));
        }
    }

    /** The one record the value names exactly, if exactly one does. */
    Optional<ValueOption> exact(String text) {
        Set<Long> ids = exact.get(normal(text));
        return ids == null || ids.size() != 1 ? Optional.empty() : Optional.of(byId.get(ids.iterator().next()));
    }

    boolean has(long id) {
        return byId.containsKey(id);
    }

    List<ValueOption> options() {
        return options;
    }

    /** The best guesses for a value no record names exactly. */
    List<Guess> guesses(String text) {
        String value = normal(text);
        Map<Long, Guess> best = new HashMap<>();
        for (ValueOption o : options) {
            Guess guess = guess(value, o);
            if (guess != null) {
                best.merge(o.id(), guess, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream().sorted(Comparator.comparingInt(Guess::score).reversed()
                .thenComparing(g -> g.option().label())).limit(MAX_GUESSES).toList();
    }

    private static Guess guess(String value, ValueOption o) {
        String code = normal(o.code());
        String name = normal(o.name());
        if (value.equals(code) || value.equals(name)) {
            return new Guess(o, 100, "import.values.reason.same");
        }
        if (code.length() >= 2 && value.contains(code)) {
            return new Guess(o, Math.min(95, 80 + code.length()), "import.values.reason.codeInside");
        }
        if (name.length() >= 2 && value.contains(name) || partInside(value, name)) {
            return new Guess(o, 80, "import.values.reason.nameInside");
        }
        if (value.matches("\\d{5,}") && code.matches("\\d{5,}") && parentCode(code, value)) {
            return new Guess(o, 40 + code.replaceAll("0+$", "").length(), "import.values.reason.parent");
        }
        int similar = (int) Math.round(Math.max(dice(value, name), dice(value, normal(o.label()))) * 70);
        return similar >= 25 ? new Guess(o, similar, "import.values.reason.similar") : null;
    }

    /** 行政楼-总务处: a part of two or more characters, between dashes or spaces, inside the record's name. */
    private static boolean partInside(String value, String name) {
        for (String part : value.split("[-－—_/·、\\s]+")) {
            if (part.length() >= 2 && !part.equals(value) && name.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** 2010000 is a parent of 2010105: the code without its trailing zeros begins the value. */
    private static boolean parentCode(String code, String value) {
        String stem = code.replaceAll("0+$", "");
        return !stem.isEmpty() && value.startsWith(stem) && !value.equals(code);
    }

    /** How alike two texts are by their pairs of characters (Sørensen–Dice), from 0 to 1. */
    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < a.length() - 1; i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i < b.length() - 1; i++) {
            Integer left = pairs.get(b.substring(i, i + 2));
            if (left != null && left > 0) {
                shared++;
                pairs.put(b.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }

    /** Spaces collapsed, full-width brackets and letters as half-width, lower case. */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            out.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c == '　' ? ' ' : c);
        }
        return out.toString().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
