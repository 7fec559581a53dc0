package org.houqin.routines.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.routines.checklist.AnswerState;
import org.houqin.routines.checklist.Evaluation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's answers as stored ({@code routines.record.answers}): item code → the value, the attachments and the
 * state it was judged to be in, in the template's order. The state is kept so a record reads as it was judged, even
 * if the judging rules change later.
 */
public final class StoredAnswers {

    /** One stored answer. */
    public record Stored(String value, List<UUID> attachments, AnswerState state) {

        public Stored {
            attachments = List.copyOf(attachments == null ? List.of() : attachments);
        }

        public boolean flagged() {
            return state != null && state.flagged();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredAnswers() {
    }

    public static String write(Evaluation evaluation) {
        Map<String, Stored> stored = new LinkedHashMap<>();
        evaluation.items().forEach(r -> stored.put(r.item().code(),
                new Stored(r.answer().value(), r.answer().attachmentIds(), r.state())));
        return JSON.writeValueAsString(stored);
    }

    public static Map<String, Stored> read(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Stored>>() { });
    }
}
