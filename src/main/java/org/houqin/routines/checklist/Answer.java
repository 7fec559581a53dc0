package org.houqin.routines.checklist;

import java.util.List;
import java.util.UUID;

/**
 * What was filled in for one item: a value as typed or chosen ({@code PASS}/{@code FAIL}, a number, an option, a
 * text) and the ids of stored attachments (of {@code platform.files.Attachments}: the photos of a photo item, the
 * signature of a signature item, or photos that document any other answer, such as a failed extinguisher).
 */
public record Answer(String value, List<UUID> attachmentIds) {

    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    public Answer {
        value = value == null || value.isBlank() ? null : value.strip();
        attachmentIds = List.copyOf(attachmentIds == null ? List.of() : attachmentIds);
    }

    public static Answer of(String value) {
        return new Answer(value, List.of());
    }

    public static Answer attachments(UUID... ids) {
        return new Answer(null, List.of(ids));
    }

    public Answer withPhotos(UUID... ids) {
        return new Answer(value, List.of(ids));
    }

    public boolean empty() {
        return value == null && attachmentIds.isEmpty();
    }
}
