package org.houqin.routines.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checklist as a school fills it in: its code, name, category (a label such as 消防安全, never branched on), its
 * version, the rule or standard it follows ({@code source}, e.g. GB 50444; {@code null} when none), where it applies,
 * and its items in the order asked. Each edit is a new version, so a record always refers to the items it answered.
 */
public record ChecklistTemplate(String code, String name, String category, int version, String source,
                                AppliesTo appliesTo, List<ChecklistItem> items) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_ITEMS = 100;

    public ChecklistTemplate {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidTemplate("template code '" + code + "' must be 1-40 of a-z, 0-9 and '-'");
        }
        requireText("name", name, 60);
        requireText("category", category, 30);
        if (version < 1) {
            throw new InvalidTemplate("the version must be 1 or more, not " + version);
        }
        if (appliesTo == null) {
            throw new InvalidTemplate("where the template applies is missing");
        }
        source = source == null || source.isBlank() ? null : source.strip();
        items = List.copyOf(items == null ? List.of() : items);
        requireItems(items);
    }

    private static void requireText(String what, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidTemplate("the " + what + " must be 1-" + max + " characters");
        }
    }

    private static void requireItems(List<ChecklistItem> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidTemplate("a template has 1-" + MAX_ITEMS + " items, not " + items.size());
        }
        Set<String> codes = new HashSet<>();
        items.stream().map(ChecklistItem::code).filter(c -> !codes.add(c)).findFirst().ifPresent(c -> {
            throw new InvalidTemplate("item " + c + ": the code is used twice");
        });
    }

    public Optional<ChecklistItem> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The next version with these items; records of the earlier version keep theirs. */
    public ChecklistTemplate revised(List<ChecklistItem> newItems) {
        return new ChecklistTemplate(code, name, category, version + 1, source, appliesTo, newItems);
    }
}
