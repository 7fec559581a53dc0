package org.houqin.audit.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searches the audit log of one school, newest first. */
@Component
class AuditEntries {


    record Entry(long id, Instant at, String username, String ip, String module, String entity, String entityId,
                 String action, String beforeData, String afterData, String detail) {
    }

    record Filter(String action, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;

    private final SchoolClock clock;

    AuditEntries(JdbcClient jdbc, SchoolClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The whole filtered log for an export, at most 100,000 rows. */
    List<Entry> all(long schoolId, ListQuery query, Filter filter) {
        Map<String, Object> params = params(schoolId, query, filter);
        return jdbc.sql(SELECT + WHERE + " ORDER BY at DESC, id DESC LIMIT 100000").params(params).query(Rows.of(Entry.class)).list();
    }

    PageResult<Entry> page(long schoolId, ListQuery query, Filter filter) {
        Map<String, Object> params = params(schoolId, query, filter);
        long total = jdbc.sql("SELECT count(*) FROM audit.log_entry" + WHERE).params(params).query(Long.class).single();
        List<Entry> entries = jdbc.sql(SELECT + WHERE + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", ListQuery.PAGE_SIZE).param("offset", query.offset())
                .query(Rows.of(Entry.class)).list();
        return new PageResult<>(entries, query.page(), total);
    }

    private static final String SELECT = """
            SELECT id, at, username, ip, module, entity, entity_id, action, before_data::text AS before_data,
                   after_data::text AS after_data, detail
            FROM audit.log_entry""";

    private static final String WHERE = """
             WHERE school_id = :school
               AND (:q = '' OR username ILIKE :like OR entity ILIKE :like OR module ILIKE :like
                    OR entity_id = :q OR detail ILIKE :like)
               AND (CAST(:action AS varchar) IS NULL OR action = :action)
               AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
               AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
            """;

    private Map<String, Object> params(long schoolId, ListQuery query, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("q", query.q());
        params.put("like", query.likePattern());
        params.put("action", filter.action() == null || filter.action().isBlank() ? null : filter.action());
        params.put("from", filter.from() == null ? null : filter.from().atStartOfDay(clock.zone()).toOffsetDateTime());
        params.put("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime());
        return params;
    }

    List<String> actions(long schoolId) {
        return jdbc.sql("SELECT DISTINCT action FROM audit.log_entry WHERE school_id = ? ORDER BY action")
                .param(schoolId).query(String.class).list();
    }
}
