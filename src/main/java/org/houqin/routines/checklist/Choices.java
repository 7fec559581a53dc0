package org.houqin.routines.checklist;

import java.util.HashSet;
import java.util.List;

/** The options of a choice item, in the order shown, and which of them count as failed (灭火器压力: 红区, 黄区). */
public record Choices(List<String> options, List<String> failing) {

    public Choices {
        options = List.copyOf(options == null ? List.of() : options);
        failing = List.copyOf(failing == null ? List.of() : failing);
        if (options.size() < 2) {
            throw new InvalidTemplate("a choice needs at least two options");
        }
        if (options.stream().anyMatch(String::isBlank) || new HashSet<>(options).size() != options.size()) {
            throw new InvalidTemplate("the options must be distinct and not blank: " + options);
        }
        if (!options.containsAll(failing)) {
            throw new InvalidTemplate("failing options " + failing + " are not all among " + options);
        }
        if (failing.size() == options.size()) {
            throw new InvalidTemplate("every option fails: " + options);
        }
    }

    public boolean offers(String option) {
        return options.contains(option);
    }

    public boolean fails(String option) {
        return failing.contains(option);
    }
}
