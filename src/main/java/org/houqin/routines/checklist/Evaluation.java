package org.houqin.routines.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A filled-in checklist as judged against the template version it was filled from: each item's state, the field
 * errors that block the submission (item code → message key, in the template's order; {@link #TEMPLATE} when the
 * template changed meanwhile), and the hazards its failed items raise.
 */
public record Evaluation(String templateCode, int templateVersion, List<ItemResult> items, Map<String, String> errors,
                         List<RaisedHazard> hazards) {

    /** The field of the error that says the template is no longer the version the form showed. */
    public static final String TEMPLATE = "template";
    public static final String TEMPLATE_CHANGED = "routine.template.changed";
    public static final String UNKNOWN_ITEM = "routine.answer.unknownItem";

    public Evaluation {
        items = List.copyOf(items);
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        hazards = List.copyOf(hazards);
    }

    /**
     * Judges the answers (item code → answer; an item left out is unanswered) against the template's current version.
     * {@code templateVersionSeen} is the version the form was built from: if the template was revised while someone
     * filled it in, the items they saw may not be the items asked now, so the record is refused with
     * {@link #TEMPLATE_CHANGED} and the form shown again.
     */
    public static Evaluation evaluate(ChecklistTemplate template, Map<String, Answer> answers, int templateVersionSeen) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (templateVersionSeen != template.version()) {
            errors.put(TEMPLATE, TEMPLATE_CHANGED);
        }
        List<ItemResult> results = template.items().stream().map(i -> ItemJudge.judge(i, answers.get(i.code())))
                .toList();
        results.stream().filter(r -> r.errorKey() != null).forEach(r -> errors.put(r.item().code(), r.errorKey()));
        answers.keySet().stream().filter(code -> template.item(code).isEmpty())
                .forEach(code -> errors.put(code, UNKNOWN_ITEM));
        List<RaisedHazard> hazards = results.stream()
                .filter(r -> r.state().flagged() && r.item().hazardIfFailed() != null)
                .map(r -> new RaisedHazard(r.item(), r.item().hazardIfFailed(), r.answer())).toList();
        return new Evaluation(template.code(), template.version(), results, errors, hazards);
    }

    /** Nothing blocks it: the record may be saved, flagged items and all. */
    public boolean submittable() {
        return errors.isEmpty();
    }

    /** The failed and out-of-limits items, for the report and the reviewer. */
    public List<ItemResult> flagged() {
        return items.stream().filter(r -> r.state().flagged()).toList();
    }

    public Optional<ItemResult> result(String itemCode) {
        return items.stream().filter(r -> r.item().code().equals(itemCode)).findFirst();
    }
}
