package org.houqin.routines.records;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.houqin.routines.RecordSubmitted;
import org.houqin.routines.checklist.Evaluation;
import org.houqin.routines.checklist.ItemKind;
import org.houqin.routines.checklist.RaisedHazard;

/**
 * The failed items a record tells the safety module about: those that say "hazard if failed". A correction tells
 * only the items it newly fails, so a hazard already raised by the corrected record is not raised twice.
 */
final class RaisedItems {

    private RaisedItems() {
    }

    static List<RecordSubmitted.FailedItem> of(Evaluation evaluation, Map<String, StoredAnswers.Stored> before) {
        return evaluation.hazards().stream()
                .filter(h -> before.get(h.item().code()) == null || !before.get(h.item().code()).flagged())
                .map(RaisedItems::failed).toList();
    }

    private static RecordSubmitted.FailedItem failed(RaisedHazard hazard) {
        return new RecordSubmitted.FailedItem(hazard.item().code(), hazard.item().text(), hazard.level(),
                answer(hazard), hazard.answer().attachmentIds());
    }

    /** The answer as a reader understands it: 不合格 is FAIL here, a number with its unit. */
    private static String answer(RaisedHazard hazard) {
        String value = hazard.answer().value();
        if (hazard.item().kind() == ItemKind.NUMBER) {
            return new BigDecimal(java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).strip())
                    .toPlainString() + hazard.item().limits().unit();
        }
        return value;
    }
}
