package org.houqin.routines.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.routines.checklist.AnswerState;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.ItemKind;
import org.houqin.routines.records.StoredAnswers;
import org.houqin.routines.records.TemplateVersionQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One record as its page and its print show it: each item with its answer, photos and signature, and the chain. */
@Component
class RecordPage {

    /** One answered item: the value as given, how it was judged, its photos, and its signature (a signature item). */
    record Line(ChecklistItem item, String value, AnswerState state, List<UUID> photos, UUID signature) {

        public boolean flagged() {
            return state != null && state.flagged();
        }

        public boolean passFail() {
            return item.kind() == ItemKind.PASS_FAIL;
        }

        public String unit() {
            return item.limits() == null ? "" : item.limits().unit();
        }
    }

    /** The page: the record, its lines, its room, who filled it, and the records it corrects and is corrected by. */
    record Detail(RecordQueries.Row record, List<Line> lines, PlacesApi.RoomRef room, String submittedByName,
                  String source) {
    }

    private final RecordQueries records;
    private final TemplateVersionQueries versions;
    private final PlacesApi places;
    private final IamApi iam;

    RecordPage(RecordQueries records, TemplateVersionQueries versions, PlacesApi places, IamApi iam) {
        this.records = records;
        this.versions = versions;
        this.places = places;
        this.iam = iam;
    }

    @Transactional(readOnly = true)
    Detail of(CurrentUser me, long id) {
        RecordQueries.Row row = visible(me, id);
        long school = me.requireSchool();
        TemplateVersionQueries.Version version = versions.byId(school, row.templateVersionId())
                .orElseThrow(() -> new NotFoundException("routine template version", row.templateVersionId()));
        Map<String, StoredAnswers.Stored> answers = StoredAnswers.read(row.answers());
        List<Line> lines = new ArrayList<>();
        for (ChecklistItem item : version.template().items()) {
            lines.add(line(item, answers.get(item.code())));
        }
        PlacesApi.RoomRef room = row.roomId() == null ? null : places.room(school, row.roomId()).orElse(null);
        return new Detail(row, lines, room, iam.displayNames(List.of(row.submittedBy())).get(row.submittedBy()),
                version.template().source());
    }

    RecordQueries.Row visible(CurrentUser me, long id) {
        return records.visible(me, id).orElseThrow(() -> new NotFoundException("routine record", id));
    }

    private static Line line(ChecklistItem item, StoredAnswers.Stored answer) {
        if (answer == null) {
            return new Line(item, null, AnswerState.EMPTY, List.of(), null);
        }
        boolean signature = item.kind() == ItemKind.SIGNATURE;
        return new Line(item, answer.value(), answer.state(), signature ? List.of() : answer.attachments(),
                signature ? answer.attachments().stream().findFirst().orElse(null) : null);
    }

    /** Whether the file is one of the record's answers' (a correction shows the photos it kept). */
    static Optional<UUID> ofRecord(Detail detail, UUID fileId) {
        return detail.lines().stream().flatMap(l -> l.signature() == null ? l.photos().stream()
                : java.util.stream.Stream.concat(l.photos().stream(), java.util.stream.Stream.of(l.signature())))
                .filter(fileId::equals).findFirst();
    }
}
