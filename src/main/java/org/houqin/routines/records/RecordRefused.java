package org.houqin.routines.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.houqin.platform.web.RuleViolation;

/**
 * A record that cannot be saved as filled: every field's message at once (item code → message key, or
 * {@code template} when the template changed while it was being filled), so the form shows them all.
 */
public class RecordRefused extends RuleViolation {

    private final transient Map<String, String> errors;

    public RecordRefused(Map<String, String> errors) {
        super(null, errors.values().iterator().next());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean templateChanged() {
        return errors.containsKey(org.houqin.routines.checklist.Evaluation.TEMPLATE);
    }
}
