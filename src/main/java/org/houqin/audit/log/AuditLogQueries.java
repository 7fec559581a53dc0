package org.houqin.audit.log;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit log of one school, newest first. */
@Component
@Transactional(readOnly = true)
class AuditLogQueries {

    record Entry(long id, Instant at, String username, String ip, String module, String entity, String entityId,
                 String action, String beforeData, String afterData, String detail) {
    }

    record Filter(String action, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;

    private final SchoolClock clock;

    AuditLogQueries(JdbcClient jdbc, SchoolClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The whole filtered log for an export in its order, as the database sends it, at most 100,000 rows. */
    void forEach(long schoolId, ListQuery query, Filter filter, Consumer<Entry> each) {
        listing(schoolId, query, filter).forEach(Listing.EXPORT_LIMIT, Entry.class, each);
    }

    PageResult<Entry> page(long schoolId, ListQuery query, Filter filter) {
        return listing(schoolId, query, filter).page(query, Entry.class);
    }

    private Listing listing(long schoolId, ListQuery query, Filter filter) {
        return Listing.of(jdbc, COLUMNS, "audit.log_entry")
                .where(Where.of("school_id", "school", schoolId)
                        .search(query, SEARCH)
                        .equal("action", filter.action())
                        .atLeast("at", filter.from() == null ? null : startOf(filter.from()))
                        .before("at", filter.to() == null ? null : startOf(filter.to().plusDays(1))))
                .orderBy("at DESC, id DESC");
    }

    /** Midnight at the school, as the database compares it with {@code at}. */
    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.zone()).toOffsetDateTime();
    }

    /** Who, what and the detail are Latin codes and English words; an entity's id only as a whole. */
    private static final Search SEARCH = Search.in().ignoringCase("username", "entity", "module", "detail")
            .orEqual("entity_id");

    private static final String COLUMNS = """
            id, at, username, ip, module, entity, entity_id, action, before_data::text AS before_data,
            after_data::text AS after_data, detail""";

    List<String> actions(long schoolId) {
        return jdbc.sql("SELECT DISTINCT action FROM audit.log_entry WHERE school_id = ? ORDER BY action")
                .param(schoolId).query(String.class).list();
    }
}
