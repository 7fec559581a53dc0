package org.houqin.routines.record;

import java.util.function.LongSupplier;

import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.records.RecordRefused;

/**
 * A checklist changed since the client read it is a rule about the whole record: the API answers it as 409
 * {@code routine.template.changed}; the items' own messages stay a {@link RecordRefused} (400 with each item).
 */
final class RecordRefusals {

    private RecordRefusals() {
    }

    static long answer(LongSupplier file) {
        try {
            return file.getAsLong();
        } catch (RecordRefused refused) {
            if (refused.templateChanged()) {
                throw RuleViolation.of(org.houqin.routines.checklist.Evaluation.TEMPLATE_CHANGED);
            }
            throw refused;
        }
    }
}
