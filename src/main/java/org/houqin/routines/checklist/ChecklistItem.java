package org.houqin.routines.checklist;

import java.util.regex.Pattern;

/**
 * One line of a checklist: a code unique in its template (answers and hazards refer to it), the question, its kind and
 * the kind's settings ({@code limits} for a number, {@code choices} for a choice, nothing for the others), whether it
 * must be answered, a hint for the person at the place, and the level of the hazard a failed answer raises
 * ({@code null}: a failure is recorded but raises none).
 */
public record ChecklistItem(String code, String text, ItemKind kind, boolean required, String hint,
                            HazardLevel hazardIfFailed, NumberLimits limits, Choices choices) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_TEXT = 200;

    public ChecklistItem {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidTemplate("item code '" + code + "' must be 1-40 of a-z, 0-9 and '-', starting with a letter");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidTemplate("item " + code + ": the text must be 1-" + MAX_TEXT + " characters");
        }
        if (kind == null) {
            throw new InvalidTemplate("item " + code + ": the kind is missing");
        }
        hint = hint == null || hint.isBlank() ? null : hint.strip();
        requireSettingsOfKind(code, kind, limits, choices);
        requireFailurePossible(code, kind, hazardIfFailed, limits, choices);
    }

    private static void requireSettingsOfKind(String code, ItemKind kind, NumberLimits limits, Choices choices) {
        if ((kind == ItemKind.NUMBER) != (limits != null)) {
            throw new InvalidTemplate("item " + code + ": limits belong to a NUMBER item, and a NUMBER item needs them");
        }
        if ((kind == ItemKind.CHOICE) != (choices != null)) {
            throw new InvalidTemplate("item " + code + ": options belong to a CHOICE item, and a CHOICE item needs them");
        }
    }

    private static void requireFailurePossible(String code, ItemKind kind, HazardLevel hazard, NumberLimits limits,
                                               Choices choices) {
        if (hazard == null) {
            return;
        }
        boolean canFail = switch (kind) {
            case PASS_FAIL -> true;
            case NUMBER -> limits.min() != null || limits.max() != null;
            case CHOICE -> !choices.failing().isEmpty();
            default -> false;
        };
        if (!canFail) {
            throw new InvalidTemplate("item " + code + ": a hazard if failed needs an answer that can fail"
                    + " (pass/fail, a number with a limit, a choice with failing options)");
        }
    }

    public static ChecklistItem passFail(String code, String text) {
        return new ChecklistItem(code, text, ItemKind.PASS_FAIL, true, null, null, null, null);
    }

    public static ChecklistItem number(String code, String text, NumberLimits limits) {
        return new ChecklistItem(code, text, ItemKind.NUMBER, true, null, null, limits, null);
    }

    public static ChecklistItem choice(String code, String text, Choices choices) {
        return new ChecklistItem(code, text, ItemKind.CHOICE, true, null, null, null, choices);
    }

    public static ChecklistItem of(String code, String text, ItemKind kind) {
        return new ChecklistItem(code, text, kind, true, null, null, null, null);
    }

    public ChecklistItem optional() {
        return new ChecklistItem(code, text, kind, false, hint, hazardIfFailed, limits, choices);
    }

    public ChecklistItem hazardIfFailed(HazardLevel level) {
        return new ChecklistItem(code, text, kind, required, hint, level, limits, choices);
    }

    public ChecklistItem hint(String hint) {
        return new ChecklistItem(code, text, kind, required, hint, hazardIfFailed, limits, choices);
    }
}
