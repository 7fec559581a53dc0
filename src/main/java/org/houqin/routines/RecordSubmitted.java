package org.houqin.routines;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.houqin.routines.checklist.HazardLevel;

/**
 * A checklist record was submitted: by whom, at which place (a room, or none), for which schedule or context (a
 * safety inspection names itself as {@code safety-inspection:12}), and the failed items that say "hazard if failed",
 * each with its level, the answer as text and its photos. The safety module turns each into a hazard (隐患), in the
 * same transaction as the record.
 */
public record RecordSubmitted(long schoolId, long recordId, String templateName, Long roomId, Long scheduleId,
                              String context, long submittedBy, Instant submittedAt, List<FailedItem> hazards) {

    public RecordSubmitted {
        hazards = List.copyOf(hazards);
    }

    /**
     * A failed item that raises a hazard: its code and question, the level, what was answered, and its photos (ids of
     * {@code platform.files.Attachments}, readable with {@code Attachments.find} and {@code content}).
     */
    public record FailedItem(String itemCode, String itemText, HazardLevel level, String answer,
                             List<UUID> photoIds) {

        public FailedItem {
            photoIds = List.copyOf(photoIds);
        }
    }
}
