package org.houqin.routines.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of filing a record: records are inserted once and never changed; a round is marked done once. */
@Component
class RecordStore {

    /** A round as the person filling it needs it. */
    record Round(long id, long scheduleId, long templateId, Long roomId, Instant opensAt, Long recordId,
                 Long assigneeUserId, Long assigneeRoleId) {
    }

    /** A submitted record as a correction needs it. */
    record Earlier(long id, long templateId, Long occurrenceId, Long scheduleId, Long roomId, String context,
                   long submittedBy, boolean corrected, String answers) {
    }

    record NewRecord(long id, long schoolId, long templateVersionId, Long occurrenceId, Long roomId, String context,
                     String answers, int flaggedCount, int hazardCount, Long correctsRecordId, long submittedBy,
                     Instant submittedAt, String submissionKey) {
    }

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for a transaction sending the same key; afterwards its record is visible here. */
    Optional<Long> once(long userId, String key) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked")
                .param("routine-record:" + userId + ":" + key).query(Integer.class).single();
        return jdbc.sql("SELECT id FROM routines.record WHERE submitted_by = ? AND submission_key = ?")
                .params(userId, key).query(Long.class).optional();
    }

    Optional<Round> round(long schoolId, long occurrenceId) {
        return jdbc.sql("""
                SELECT o.id, o.schedule_id, s.template_id, o.room_id, o.opens_at, o.record_id, o.assignee_user_id,
                       o.assignee_role_id
                FROM routines.occurrence o JOIN routines.schedule s ON s.id = o.schedule_id
                WHERE o.school_id = ? AND o.id = ?""").params(schoolId, occurrenceId).query(Rows.of(Round.class))
                .optional();
    }

    Optional<Earlier> record(long schoolId, long recordId) {
        return jdbc.sql("""
                SELECT r.id, v.template_id, r.occurrence_id, o.schedule_id, r.room_id, r.context, r.submitted_by,
                       EXISTS (SELECT 1 FROM routines.record c WHERE c.corrects_record_id = r.id) AS corrected,
                       r.answers::text AS answers
                FROM routines.record r JOIN routines.template_version v ON v.id = r.template_version_id
                LEFT JOIN routines.occurrence o ON o.id = r.occurrence_id
                WHERE r.school_id = ? AND r.id = ?""").params(schoolId, recordId).query(Rows.of(Earlier.class))
                .optional();
    }

    /** The id the record will have, so that its photos are stored under it before it is written. */
    long nextId() {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('routines.record', 'id'))").query(Long.class).single();
    }

    void insert(NewRecord r) {
        jdbc.sql("""
                INSERT INTO routines.record (id, school_id, template_version_id, occurrence_id, room_id, context,
                       answers, flagged_count, hazard_count, corrects_record_id, submitted_by, submitted_at,
                       submission_key)
                OVERRIDING SYSTEM VALUE
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.schoolId(), r.templateVersionId(), r.occurrenceId(), r.roomId(), r.context(),
                        r.answers(), r.flaggedCount(), r.hazardCount(), r.correctsRecordId(), r.submittedBy(),
                        Timestamp.from(r.submittedAt()), r.submissionKey())
                .update();
    }

    /** Marks the round done by this record, unless another record did it first. */
    boolean markDone(long schoolId, long occurrenceId, long recordId, Instant at) {
        return jdbc.sql("""
                UPDATE routines.occurrence SET record_id = ?, done_at = ?
                WHERE school_id = ? AND id = ? AND record_id IS NULL""")
                .params(recordId, Timestamp.from(at), schoolId, occurrenceId).update() == 1;
    }

    /** Who did the round, once it is done. */
    Optional<Long> doneBy(long occurrenceId) {
        return jdbc.sql("""
                SELECT r.submitted_by FROM routines.occurrence o JOIN routines.record r ON r.id = o.record_id
                WHERE o.id = ?""").param(occurrenceId).query(Long.class).optional();
    }
}
