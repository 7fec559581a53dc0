package org.houqin.routines.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.routines.RoutinesPermissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records as read: the list (the latest of each correction chain; the filler sees their own, a completion reader
 * every record), one record, and its chain.
 */
@Component
class RecordQueries {

    /** A record in a list or on its page; {@code dueAt} is its round's (none for an ad hoc record). */
    record Row(long id, long templateVersionId, long templateId, String templateName, int templateVersion,
               Long occurrenceId, Long roomId, String context, int flaggedCount, int hazardCount,
               Long correctsRecordId, Long correctedById, long submittedBy, Instant submittedAt, Instant dueAt,
               String scheduleName, String answers) {

        public boolean late() {
            return dueAt != null && submittedAt.isAfter(dueAt);
        }

        public boolean correction() {
            return correctsRecordId != null;
        }
    }

    private static final String COLUMNS = """
            r.id, r.template_version_id, t.id AS template_id, t.name AS template_name, v.number AS template_version,
            r.occurrence_id, r.room_id, r.context, r.flagged_count, r.hazard_count, r.corrects_record_id,
            (SELECT c.id FROM routines.record c WHERE c.corrects_record_id = r.id) AS corrected_by_id,
            r.submitted_by, r.submitted_at, o.due_at, s.name AS schedule_name, r.answers::text AS answers""";
    private static final String FROM = """
            routines.record r JOIN routines.template_version v ON v.id = r.template_version_id
            JOIN routines.template t ON t.id = v.template_id
            LEFT JOIN routines.occurrence o ON o.id = r.occurrence_id
            LEFT JOIN routines.schedule s ON s.id = o.schedule_id""";
    private static final Search SEARCH = Search.in("t.name", "s.name", "r.context");

    private final JdbcClient jdbc;
    private final SchoolClock clock;

    RecordQueries(JdbcClient jdbc, SchoolClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<Row> page(CurrentUser me, ListQuery query, RecordFilter filter) {
        return listing(me, query, filter).orderBy("r.submitted_at DESC, r.id DESC").page(query, Row.class);
    }

    @Transactional(readOnly = true)
    void forEach(CurrentUser me, ListQuery query, RecordFilter filter, Consumer<Row> each) {
        listing(me, query, filter).orderBy("r.submitted_at DESC, r.id DESC")
                .forEach(Listing.EXPORT_LIMIT, Rows.of(Row.class), each);
    }

    private Listing listing(CurrentUser me, ListQuery query, RecordFilter filter) {
        Where where = Where.of("r.school_id", "school", me.requireSchool())
                .and("NOT EXISTS (SELECT 1 FROM routines.record c WHERE c.corrects_record_id = r.id)")
                .equal("t.id", filter.template()).equal("r.room_id", filter.room())
                .equal("r.submitted_by", filter.person())
                .atLeast("r.submitted_at", filter.from() == null ? null : clock.startOf(filter.from()))
                .before("r.submitted_at", filter.to() == null ? null : clock.startOf(filter.to().plusDays(1)))
                .andIf(filter.flaggedOnly(), "r.flagged_count > 0").search(query, SEARCH);
        if (!me.can(RoutinesPermissions.COMPLETION_READ)) {
            where = where.and("r.submitted_by = :me", "me", me.userId());
        }
        return Listing.of(jdbc, COLUMNS, FROM).where(where);
    }

    /** One record the reader may see: their own, or any with the completion permission. */
    @Transactional(readOnly = true)
    Optional<Row> visible(CurrentUser me, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE r.school_id = ? AND r.id = ?")
                .params(me.requireSchool(), id).query(Rows.of(Row.class)).optional()
                .filter(r -> r.submittedBy() == me.userId() || me.can(RoutinesPermissions.COMPLETION_READ));
    }

    /** The templates the school's records answered, for the list's filter. */
    @Transactional(readOnly = true)
    List<Choice> templates(long schoolId) {
        return jdbc.sql("SELECT id, name FROM routines.template WHERE school_id = ? ORDER BY name, id")
                .param(schoolId).query(Rows.of(Choice.class)).list();
    }

    record Choice(long id, String name) {
    }
}
