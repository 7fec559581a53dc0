package org.houqin.routines.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.ApiProblems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.routines.records.RecordRefused;
import org.houqin.routines.records.RoutineRecords;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 检查记录 over JSON: the list (the filler's own, or every record with routines:completion:read), one record with its
 * answers, filing a round, an ad hoc record, and a correction. A record is never changed, so it has no version.
 */
@RestController
@RequestMapping("/api/v1/routines")
@Tag(name = "Routine records", description = "检查记录")
class RoutineRecordEndpoint {

    @Schema(name = "RoutineRecord")
    record RecordJson(long id, long templateId, String templateName, int templateVersion, String scheduleName,
                      Long occurrenceId, Long roomId, String roomName, String context, long submittedBy,
                      String submittedByName, Instant submittedAt, Instant dueAt, boolean late, int flaggedCount,
                      int hazardCount, Long correctsRecordId, Long correctedById, List<LineJson> lines) {
    }

    /** One answered item: the value, its state and label, the photos' and signature's attachment ids. */
    @Schema(name = "RoutineRecordLine")
    record LineJson(String code, String text, String kind, String value, String unit, String state,
                    String stateLabel, List<UUID> photoIds, UUID signatureId) {
    }

    private final RecordQueries records;
    private final RecordPage page;
    private final RecordNames names;
    private final RoutineRecords filing;
    private final Texts texts;

    RoutineRecordEndpoint(RecordQueries records, RecordPage page, RecordNames names, RoutineRecords filing, Texts texts) {
        this.records = records;
        this.page = page;
        this.names = names;
        this.filing = filing;
        this.texts = texts;
    }

    @GetMapping("/records")
    @PreAuthorize(RecordController.READ)
    @Operation(summary = "List check records", description = "The latest record of each correction chain, newest "
            + "first; q searches the checklist, the schedule and the context; filters template, room, person, from, "
            + "to (dates of submission) and flagged=true. The filler sees their own; routines:completion:read "
            + "sees every record. No other sort; answers come with one record.")
    ApiPage<RecordJson> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                             @ModelAttribute RecordFilter filter) {
        RecordNames.Names named = names.of(me.requireSchool());
        return ApiPage.of(records.page(me, query, filter), r -> json(r, named, null));
    }

    @GetMapping("/records/{id}")
    @PreAuthorize(RecordController.READ)
    @Operation(summary = "One check record with its answers", description = "Each item of the checklist version "
            + "it answered, with the value, its state (OK, FAILED, OUT_OF_LIMITS, EMPTY) and attachment ids. 404 for "
            + "another person's record without routines:completion:read, and for another school's.")
    RecordJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        RecordPage.Detail detail = page.of(me, id);
        return json(detail.record(), names.of(me.requireSchool()), detail.lines());
    }

    @PostMapping("/rounds/{id}/record")
    @PreAuthorize("hasAuthority('routines:record:fill')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a round", description = "Body: templateVersion (from GET /api/v1/routines/rounds/{id}) "
            + "and answers by item code: value (PASS or FAIL, a number, an option, a text), photos and signature as "
            + "data:image/…;base64 URLs. A reading outside its limits is saved and flagged. A missing or wrong answer "
            + "gets 400 naming answers[code]; a checklist changed since it was read gets 409 "
            + "routine.template.changed; a round someone else did meanwhile gets 409 routine.record.alreadyDone. "
            + "The same Idempotency-Key again answers the same record.")
    RecordJson fill(@Parameter(hidden = true) CurrentUser me, @PathVariable long id, @RequestBody RecordBody body) {
        return get(me, RecordRefusals.answer(() -> filing.fill(me.requireSchool(), me, id, body.filled(),
                body.getTemplateVersion(), body.getSubmissionKey())));
    }

    @PostMapping("/records")
    @PreAuthorize("hasAuthority('routines:record:fill')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File an ad hoc check", description = "A checklist filled without a round: templateId, "
            + "roomId (or none for the whole school), templateVersion (the template's current version) and answers "
            + "as for a round. Refusals as for a round; the same Idempotency-Key again answers the same record.")
    RecordJson create(@Parameter(hidden = true) CurrentUser me, @RequestBody RecordBody body) {
        if (body.getTemplateId() == null) {
            throw new RuleViolation("templateId", "routine.record.unknownTemplate");
        }
        return get(me, RecordRefusals.answer(() -> filing.submit(me.requireSchool(), me, body.getTemplateId(),
                body.getRoomId(), null, body.filled(), body.getTemplateVersion(), body.getSubmissionKey())));
    }

    @PostMapping("/records/{id}/correct")
    @PreAuthorize(RecordController.READ)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Correct a record", description = "A new record that names this one (the record itself "
            + "never changes); by its filler or with routines:completion:read, once per record (409 "
            + "routine.record.correctedAlready). Body as for a round; keep lists the corrected record's photo ids "
            + "to keep for an item.")
    RecordJson correct(@Parameter(hidden = true) CurrentUser me, @PathVariable long id, @RequestBody RecordBody body) {
        return get(me, RecordRefusals.answer(() -> filing.correct(me.requireSchool(), me, id, body.filled(),
                body.getTemplateVersion(), body.getSubmissionKey())));
    }

    private RecordJson json(RecordQueries.Row r, RecordNames.Names named, List<RecordPage.Line> lines) {
        return new RecordJson(r.id(), r.templateId(), r.templateName(), r.templateVersion(), r.scheduleName(),
                r.occurrenceId(), r.roomId(), named.room(r.roomId()), r.context(), r.submittedBy(),
                named.person(r.submittedBy()), r.submittedAt(), r.dueAt(), r.late(), r.flaggedCount(),
                r.hazardCount(), r.correctsRecordId(), r.correctedById(),
                lines == null ? null : lines.stream().map(this::line).toList());
    }

    private LineJson line(RecordPage.Line l) {
        return new LineJson(l.item().code(), l.item().text(), l.item().kind().name(), l.value(), l.unit(),
                l.state() == null ? null : l.state().name(), l.state() == null ? null : texts.label(l.state()),
                l.photos(), l.signature());
    }

    /** Every item's message at once, as the page shows them: 400 with a field per item. */
    @ExceptionHandler(RecordRefused.class)
    ResponseEntity<Map<String, Object>> refused(RecordRefused refused) {
        Map<String, Object> problem = ApiProblems.of(HttpStatus.BAD_REQUEST, texts.get("request.invalid"),
                "request.invalid");
        problem.put("errors", refused.errors().entrySet().stream().map(e -> Map.of("field",
                "answers[" + e.getKey() + "]", "code", e.getValue(), "message", texts.get(e.getValue()))).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
