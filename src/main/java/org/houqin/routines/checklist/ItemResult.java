package org.houqin.routines.checklist;

import java.math.BigDecimal;

/**
 * One item as judged: its state, the answer as given, the number read for a number item ({@code null} otherwise), and
 * the message key shown at the field when the state blocks the submission ({@code null} otherwise).
 */
public record ItemResult(ChecklistItem item, AnswerState state, Answer answer, BigDecimal number, String errorKey) {

    static ItemResult of(ChecklistItem item, AnswerState state, Answer answer) {
        return new ItemResult(item, state, answer, null, null);
    }

    static ItemResult refused(ChecklistItem item, AnswerState state, Answer answer, String errorKey) {
        return new ItemResult(item, state, answer, null, errorKey);
    }

    static ItemResult reading(ChecklistItem item, Answer answer, BigDecimal number) {
        AnswerState state = item.limits().contains(number) ? AnswerState.OK : AnswerState.OUT_OF_LIMITS;
        return new ItemResult(item, state, answer, number, null);
    }
}
