package org.houqin.platform.document;

import java.util.List;
import java.util.Locale;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.timeline.Timeline;
import org.houqin.platform.timeline.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's own history on the timeline: made, and each step its {@link StatusFlow} took, with who did it. Shown on
 * the document's page with {@code ~{fragments/timeline :: timeline(${history}, 'document.kind.')}}. The approvers'
 * decisions stay in the approval panel; this says what became of the document.
 */
@Component
public class DocumentHistory {

    private final Timeline timeline;

    DocumentHistory(Timeline timeline) {
        this.timeline = timeline;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(long schoolId, DocumentType type, long id, String number, CurrentUser by) {
        record(schoolId, type, id, "CREATED", Message.of("document.event.created", number),
                by == null ? null : by.userId(), by == null ? null : by.displayName());
    }

    /** A step of the document's flow, by a person ({@code actorId} null for the system), with an optional note. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <S extends Enum<S>> void stepped(long schoolId, DocumentType type, long id, StatusFlow<S> flow,
                                            StatusFlow.Step<S> step, Long actorId, String actorName, String note) {
        Message action = Message.of(flow.actionKey(step.action()));
        Message status = Message.of(flow.statusKey(step.to()));
        Message message = note == null || note.isBlank() ? Message.of("document.event.step", action, status)
                : Message.of("document.event.stepNoted", action, status, note.strip());
        record(schoolId, type, id, "STEP", message, actorId, actorName);
    }

    /**
     * Something done to the document besides a step of its flow (a receipt line reversed), by a person or, when
     * {@code by} is null, the system. The badge is {@code document.kind.<kind>}, a key the module declares.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noted(long schoolId, DocumentType type, long id, String kind, Message message, CurrentUser by) {
        record(schoolId, type, id, kind, message, by == null ? null : by.userId(),
                by == null ? null : by.displayName());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(long schoolId, DocumentType type, long id) {
        return timeline.of(schoolId, subject(type), id);
    }

    private void record(long schoolId, DocumentType type, long id, String kind, Message message, Long actorId,
                        String actorName) {
        timeline.record(schoolId, new Timeline.Entry(subject(type), id, kind, message, null, actorId, actorName,
                null));
    }

    private static String subject(DocumentType type) {
        return "doc-" + type.code().toLowerCase(Locale.ROOT);
    }
}
