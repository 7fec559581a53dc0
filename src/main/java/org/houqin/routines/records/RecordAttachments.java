package org.houqin.routines.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.houqin.platform.files.Attachments;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.checklist.Answer;
import org.springframework.stereotype.Component;

/**
 * The photos and signatures of a record: stored under the record's id in its transaction (removed again if it rolls
 * back), reported at the item's field when a file is not a picture. A correction may keep those of the record it
 * corrects, and no other record's.
 */
@Component
class RecordAttachments {

    private final Attachments attachments;

    RecordAttachments(Attachments attachments) {
        this.attachments = attachments;
    }

    static String field(String itemCode) {
        return "answers[" + itemCode + "]";
    }

    /** The answers as they will be once the files are stored, to judge them before anything is written. */
    static Map<String, Answer> preview(Map<String, FilledAnswer> given) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        given.forEach((code, filled) -> {
            List<UUID> ids = new ArrayList<>(filled.kept());
            filled.photos().forEach(p -> ids.add(UUID.randomUUID()));
            if (filled.signature() != null) {
                ids.add(UUID.randomUUID());
            }
            answers.put(code, new Answer(filled.value(), ids));
        });
        return answers;
    }

    void requireKept(Map<String, FilledAnswer> given, Map<String, StoredAnswers.Stored> before) {
        Set<UUID> earlier = new HashSet<>();
        before.values().forEach(s -> earlier.addAll(s.attachments()));
        given.forEach((code, filled) -> {
            if (!earlier.containsAll(filled.kept())) {
                throw new RuleViolation(field(code), "routine.record.unknownFile");
            }
        });
    }

    /** Stores the new files under the record and answers with their ids, the kept ones first. */
    Map<String, Answer> store(long schoolId, long recordId, Map<String, FilledAnswer> given) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        given.forEach((code, filled) -> {
            List<UUID> ids = new ArrayList<>(filled.kept());
            for (FilledAnswer.Upload photo : filled.photos()) {
                ids.add(attachments.storePhoto(schoolId, RoutineRecords.OWNER, recordId, field(code),
                        photo.fileName(), photo.bytes()).id());
            }
            if (filled.signature() != null) {
                ids.add(attachments.storeSignature(schoolId, RoutineRecords.OWNER, recordId, field(code),
                        filled.signature()).id());
            }
            answers.put(code, new Answer(filled.value(), ids));
        });
        return answers;
    }
}
