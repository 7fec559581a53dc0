package org.houqin.assets.register;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.timeline.Timeline;
import org.houqin.platform.timeline.TimelineEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A card's history on the platform's timeline: each event is added, never changed, and says what happened as a
 * message in the reader's language ({@code asset.history.*}).
 */
@Service
public class AssetHistory {

    public static final String SUBJECT = "asset";

    public enum Kind { REGISTER, UPDATE, HANDOVER, TRANSFER, LOAN, RETURN, REPAIR, REVALUE, SPLIT, STATUS, STOCKTAKE, DISPOSE }

    /** Who did it: a user, or a person another module names (the approver, the reporter), or the system. */
    public record Actor(Long id, String name) {

        public static Actor of(CurrentUser user) {
            return user == null ? system() : new Actor(user.userId(), user.displayName());
        }

        public static Actor system() {
            return new Actor(null, Timeline.SYSTEM);
        }
    }

    /** What a change adds to the history: the kind of event, what it says and where it leads. */
    public record Note(Kind kind, Message message, String link) {

        public static Note of(Kind kind, String link, String key, Object... args) {
            return new Note(kind, Message.of(key, args), link);
        }
    }

    private final Timeline timeline;

    AssetHistory(Timeline timeline) {
        this.timeline = timeline;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long schoolId, long assetId, Note note, Actor actor) {
        timeline.record(schoolId, entry(assetId, note, actor, null));
    }

    /** Many cards' events at once (an import, the demo register), each at its own time when given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(long schoolId, List<Timeline.Entry> entries) {
        timeline.recordAll(schoolId, entries);
    }

    public static Timeline.Entry entry(long assetId, Note note, Actor actor, Instant at) {
        return new Timeline.Entry(SUBJECT, assetId, note.kind().name(), note.message(), note.link(), actor.id(),
                actor.name(), at);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(long schoolId, long assetId) {
        return timeline.of(schoolId, SUBJECT, assetId);
    }
}
