package org.houqin.routines.checklist;

import java.math.BigDecimal;
import java.text.Normalizer;

/** Judges one answer against its item: the rules of each kind, in one place. */
final class ItemJudge {

    static final String REQUIRED = "routine.answer.required";
    static final String PHOTO_REQUIRED = "routine.answer.photoRequired";
    static final String SIGNATURE_REQUIRED = "routine.answer.signatureRequired";
    static final String PASS_OR_FAIL = "routine.answer.passOrFail";
    static final String NOT_A_NUMBER = "routine.answer.notANumber";
    static final String UNKNOWN_CHOICE = "routine.answer.unknownChoice";
    static final String TOO_LONG = "routine.answer.tooLong";
    static final String ONE_SIGNATURE = "routine.answer.oneSignature";
    static final int MAX_TEXT = 1000;
    private static final int MAX_NUMBER = 30;

    private ItemJudge() {
    }

    static ItemResult judge(ChecklistItem item, Answer given) {
        Answer answer = given == null ? Answer.of(null) : given;
        if (unanswered(item, answer)) {
            return item.required() ? ItemResult.refused(item, AnswerState.MISSING, answer, missingKey(item.kind()))
                    : ItemResult.of(item, AnswerState.EMPTY, answer);
        }
        String value = answer.value();
        return switch (item.kind()) {
            case PASS_FAIL -> passFail(item, answer, value);
            case NUMBER -> number(item, answer, value);
            case CHOICE -> choice(item, answer, value);
            case TEXT -> value.length() > MAX_TEXT ? ItemResult.refused(item, AnswerState.INVALID, answer, TOO_LONG)
                    : ItemResult.of(item, AnswerState.OK, answer);
            case PHOTO -> ItemResult.of(item, AnswerState.OK, answer);
            case SIGNATURE -> answer.attachmentIds().size() > 1
                    ? ItemResult.refused(item, AnswerState.INVALID, answer, ONE_SIGNATURE)
                    : ItemResult.of(item, AnswerState.OK, answer);
        };
    }

    /** A photo or signature item is answered by its attachments; every other item by its value alone. */
    private static boolean unanswered(ChecklistItem item, Answer answer) {
        return item.kind().attached() ? answer.attachmentIds().isEmpty() : answer.value() == null;
    }

    private static String missingKey(ItemKind kind) {
        return kind == ItemKind.PHOTO ? PHOTO_REQUIRED : kind == ItemKind.SIGNATURE ? SIGNATURE_REQUIRED : REQUIRED;
    }

    private static ItemResult passFail(ChecklistItem item, Answer answer, String value) {
        if (Answer.PASS.equals(value)) {
            return ItemResult.of(item, AnswerState.OK, answer);
        }
        return Answer.FAIL.equals(value) ? ItemResult.of(item, AnswerState.FAILED, answer)
                : ItemResult.refused(item, AnswerState.INVALID, answer, PASS_OR_FAIL);
    }

    private static ItemResult number(ChecklistItem item, Answer answer, String value) {
        // A phone's Chinese keyboard may type full-width digits and signs (－３．５); they are the same number.
        String typed = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (typed.length() > MAX_NUMBER) {
            return ItemResult.refused(item, AnswerState.INVALID, answer, NOT_A_NUMBER);
        }
        try {
            return ItemResult.reading(item, answer, new BigDecimal(typed));
        } catch (NumberFormatException e) {
            return ItemResult.refused(item, AnswerState.INVALID, answer, NOT_A_NUMBER);
        }
    }

    private static ItemResult choice(ChecklistItem item, Answer answer, String value) {
        if (!item.choices().offers(value)) {
            return ItemResult.refused(item, AnswerState.INVALID, answer, UNKNOWN_CHOICE);
        }
        return ItemResult.of(item, item.choices().fails(value) ? AnswerState.FAILED : AnswerState.OK, answer);
    }
}
