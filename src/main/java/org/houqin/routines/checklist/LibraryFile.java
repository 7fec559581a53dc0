package org.houqin.routines.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A library file as written: every field a template or item may have, flat, so a file that gives a setting to the
 * wrong kind (a unit on a pass/fail item) is refused by the model rather than silently dropped.
 */
record LibraryFile(String code, String name, String category, Integer version, String source, Places appliesTo,
                   List<Item> items) {

    record Places(boolean everywhere, Set<String> roomTypes) {
    }

    record Item(String code, String text, ItemKind kind, Boolean required, String hint, HazardLevel hazardIfFailed,
                BigDecimal min, BigDecimal max, String unit, List<String> options, List<String> failing) {

        ChecklistItem toItem() {
            return new ChecklistItem(code, text, kind, required == null || required, hint, hazardIfFailed, limits(),
                    choices());
        }

        private NumberLimits limits() {
            try {
                return kind == ItemKind.NUMBER || min != null || max != null || unit != null
                        ? new NumberLimits(min, max, unit) : null;
            } catch (InvalidTemplate e) {
                throw new InvalidTemplate("item " + code + ": " + e.getMessage());
            }
        }

        private Choices choices() {
            try {
                return kind == ItemKind.CHOICE || options != null || failing != null ? new Choices(options, failing)
                        : null;
            } catch (InvalidTemplate e) {
                throw new InvalidTemplate("item " + code + ": " + e.getMessage());
            }
        }
    }

    ChecklistTemplate toTemplate() {
        List<ChecklistItem> converted = items == null ? List.of() : items.stream().map(Item::toItem).toList();
        AppliesTo places = appliesTo == null ? null
                : new AppliesTo(appliesTo.everywhere(), appliesTo.roomTypes(), Set.of(), Set.of());
        return new ChecklistTemplate(code, name, category, version == null ? 0 : version, source, places, converted);
    }
}
