package org.houqin.routines.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.routines.checklist.Evaluation;
import org.houqin.routines.records.RecordRefused;
import org.springframework.validation.BindingResult;

/**
 * One attempt to file a record from the page: the record's id, or the messages to show at the items (code →
 * message) and above the form, and whether the template changed meanwhile (the form is then built from the new
 * version).
 */
final class Filing {

    private static final String ANSWER_FIELD = "answers[";

    private final Map<String, String> itemErrors = new LinkedHashMap<>();
    private boolean templateChanged;
    private Long recordId;

    private Filing() {
    }

    static Filing attempt(BindingResult errors, Texts texts, LongSupplier file) {
        Filing filing = new Filing();
        if (errors.hasErrors()) {
            return filing;
        }
        try {
            filing.recordId = file.getAsLong();
        } catch (RecordRefused refused) {
            refused.errors().forEach((code, key) -> {
                if (Evaluation.TEMPLATE.equals(code)) {
                    filing.templateChanged = true;
                    errors.reject(key);
                } else {
                    filing.itemErrors.put(code, texts.get(key));
                }
            });
        } catch (RuleViolation violation) {
            String field = violation.field();
            if (field != null && field.startsWith(ANSWER_FIELD)) {
                filing.itemErrors.put(field.substring(ANSWER_FIELD.length(), field.length() - 1),
                        texts.get(violation.messageKey(), violation.args()));
            } else {
                errors.reject(violation.messageKey(), violation.args(), null);
            }
        }
        if (!filing.itemErrors.isEmpty() && !errors.hasGlobalErrors()) {
            errors.reject("routine.record.fixItems");
        }
        return filing;
    }

    boolean filed() {
        return recordId != null;
    }

    long recordId() {
        return recordId;
    }

    boolean templateChanged() {
        return templateChanged;
    }

    Map<String, String> itemErrors() {
        return itemErrors;
    }
}
