package org.houqin.routines.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.RecordSubmitted;
import org.houqin.routines.RoutinesPermissions;
import org.houqin.routines.checklist.Evaluation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查记录: files a filled checklist, in one transaction: the record (answers, counts, the server's time and user),
 * its photos and signature, the round marked done (once: a second person gets "already done by …" and nothing is
 * written), an audit row and {@link RecordSubmitted} with the failed items that raise hazards. The same submission
 * key again answers the record the first one made. A record is never changed; a correction is a new record.
 */
@Service
public class RoutineRecords {

    /** The attachments' owner type: photos and signatures are stored under their record's id. */
    public static final String OWNER = "routine-record";

    /** What is filed: for a round, or ad hoc for a context; a correction names the record it corrects. */
    private record Target(long templateId, Long occurrenceId, Long scheduleId, Long roomId, String context,
                          RecordStore.Earlier earlier) {
    }

    private final RecordStore store;
    private final TemplateVersionQueries versions;
    private final RecordAttachments attachments;
    private final MyRoles roles;
    private final PlacesApi places;
    private final IamApi iam;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SchoolClock clock;

    RoutineRecords(RecordStore store, TemplateVersionQueries versions, RecordAttachments attachments, MyRoles roles,
                   PlacesApi places, IamApi iam, AuditLog audit, ApplicationEventPublisher events, SchoolClock clock) {
        this.store = store;
        this.versions = versions;
        this.attachments = attachments;
        this.roles = roles;
        this.places = places;
        this.iam = iam;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An ad hoc record, without a round: a template filled at a room (or none) for a context such as
     * {@code safety-inspection:12}. {@code versionSeen} is the template version the form showed.
     */
    @Transactional
    public long submit(long schoolId, CurrentUser user, long templateId, Long roomId, String context,
                       Map<String, FilledAnswer> answers, int versionSeen, UUID submissionKey) {
        Optional<Long> earlier = once(user, submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (roomId != null && places.room(schoolId, roomId).isEmpty()) {
            throw new RuleViolation("roomId", "routine.record.unknownRoom");
        }
        return file(schoolId, user, new Target(templateId, null, null, roomId, context, null), answers, versionSeen,
                submissionKey);
    }

    /** A round of a schedule, filled by the person (or a holder of the role) it is due to. */
    @Transactional
    public long fill(long schoolId, CurrentUser user, long occurrenceId, Map<String, FilledAnswer> answers,
                     int versionSeen, UUID submissionKey) {
        Optional<Long> earlier = once(user, submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RecordStore.Round round = store.round(schoolId, occurrenceId)
                .filter(r -> roles.mayFill(schoolId, user.userId(), r.assigneeUserId(), r.assigneeRoleId()))
                .orElseThrow(() -> new NotFoundException("routine round", occurrenceId));
        if (round.recordId() != null) {
            throw alreadyDone(occurrenceId);
        }
        if (clock.now().isBefore(round.opensAt())) {
            throw RuleViolation.of("routine.record.notOpen");
        }
        return file(schoolId, user, new Target(round.templateId(), round.id(), round.scheduleId(), round.roomId(),
                null, null), answers, versionSeen, submissionKey);
    }

    /** 更正: a new record naming the one it corrects; only its filler or a completion reader, and only once. */
    @Transactional
    public long correct(long schoolId, CurrentUser user, long recordId, Map<String, FilledAnswer> answers,
                        int versionSeen, UUID submissionKey) {
        Optional<Long> again = once(user, submissionKey);
        if (again.isPresent()) {
            return again.get();
        }
        RecordStore.Earlier earlier = store.record(schoolId, recordId)
                .filter(r -> r.submittedBy() == user.userId() || user.can(RoutinesPermissions.COMPLETION_READ))
                .orElseThrow(() -> new NotFoundException("routine record", recordId));
        if (earlier.corrected()) {
            throw RuleViolation.of("routine.record.correctedAlready");
        }
        return file(schoolId, user, new Target(earlier.templateId(), earlier.occurrenceId(), earlier.scheduleId(),
                earlier.roomId(), earlier.context(), earlier), answers, versionSeen, submissionKey);
    }

    private Optional<Long> once(CurrentUser user, UUID key) {
        return key == null ? Optional.empty() : store.once(user.userId(), key.toString());
    }

    private long file(long school, CurrentUser user, Target target, Map<String, FilledAnswer> filled, int seen,
                      UUID key) {
        TemplateVersionQueries.Version version = versions.current(school, target.templateId())
                .orElseThrow(() -> new RuleViolation("templateId", "routine.record.unknownTemplate"));
        Map<String, FilledAnswer> given = filled == null ? Map.of() : filled;
        Map<String, StoredAnswers.Stored> before = target.earlier() == null ? Map.of()
                : StoredAnswers.read(target.earlier().answers());
        attachments.requireKept(given, before);
        refuseUnlessSubmittable(Evaluation.evaluate(version.template(), RecordAttachments.preview(given), seen));
        long id = store.nextId();
        Evaluation evaluation = Evaluation.evaluate(version.template(),
                attachments.store(school, id, given), seen);
        refuseUnlessSubmittable(evaluation);
        Instant now = clock.now();
        store.insert(new RecordStore.NewRecord(id, school, version.id(), target.occurrenceId(), target.roomId(),
                target.context(), StoredAnswers.write(evaluation), evaluation.flagged().size(),
                evaluation.hazards().size(), target.earlier() == null ? null : target.earlier().id(), user.userId(),
                now, key == null ? null : key.toString()));
        if (target.occurrenceId() != null && target.earlier() == null
                && !store.markDone(school, target.occurrenceId(), id, now)) {
            throw alreadyDone(target.occurrenceId());
        }
        audit.changedIn(school, "routines", "record", id, target.earlier() == null ? "submit" : "correct", null,
                Map.of("template", version.templateName(), "flagged", evaluation.flagged().size()));
        events.publishEvent(new RecordSubmitted(school, id, version.templateName(), target.roomId(),
                target.scheduleId(), target.context(), user.userId(), now, RaisedItems.of(evaluation, before)));
        return id;
    }

    private static void refuseUnlessSubmittable(Evaluation evaluation) {
        if (!evaluation.submittable()) {
            throw new RecordRefused(new LinkedHashMap<>(evaluation.errors()));
        }
    }

    private RuleViolation alreadyDone(long occurrenceId) {
        String by = store.doneBy(occurrenceId).map(u -> iam.displayNames(List.of(u)).get(u)).orElse("?");
        return RuleViolation.of("routine.record.alreadyDone", by);
    }
}
