package org.houqin.platform.timeline;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the timeline: entries are added, read, never changed. */
@Component
class TimelineStore {

    /** An entry as stored: its message key and its arguments as JSON. */
    record Stored(long id, String kind, String messageKey, String args, String link, String actorName,
                  Instant happenedAt) {
    }

    private final JdbcClient jdbc;

    TimelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds entries in one statement, however many (an import registers thousands of cards at once). */
    void insert(long schoolId, List<Timeline.Entry> entries, List<String> args) {
        int n = entries.size();
        String[] types = new String[n];
        Long[] ids = new Long[n];
        String[] kinds = new String[n];
        String[] keys = new String[n];
        String[] links = new String[n];
        Long[] actors = new Long[n];
        String[] names = new String[n];
        String[] times = new String[n];
        for (int i = 0; i < n; i++) {
            Timeline.Entry e = entries.get(i);
            types[i] = e.subjectType();
            ids[i] = e.subjectId();
            kinds[i] = e.kind();
            keys[i] = e.message().key();
            links[i] = e.link();
            actors[i] = e.actorId();
            names[i] = e.actorName();
            times[i] = e.at() == null ? null : e.at().toString();
        }
        jdbc.sql("""
                INSERT INTO platform.timeline_event (school_id, subject_type, subject_id, kind, message_key, args, link,
                                                     actor_id, actor_name, happened_at)
                SELECT :school, t.type, t.id, t.kind, t.key, CAST(t.args AS jsonb), t.link, t.actor, t.name,
                       coalesce(t.at, now())
                FROM unnest(CAST(:types AS varchar[]), CAST(:ids AS bigint[]), CAST(:kinds AS varchar[]),
                            CAST(:keys AS varchar[]), CAST(:args AS text[]), CAST(:links AS varchar[]),
                            CAST(:actors AS bigint[]), CAST(:names AS varchar[]), CAST(:times AS timestamptz[]))
                     WITH ORDINALITY AS t (type, id, kind, key, args, link, actor, name, at, n)
                ORDER BY t.n""")
                .param("school", schoolId).param("types", types).param("ids", ids).param("kinds", kinds)
                .param("keys", keys).param("args", args.toArray(String[]::new)).param("links", links)
                .param("actors", actors).param("names", names).param("times", times).update();
    }

    List<Stored> of(long schoolId, String subjectType, long subjectId) {
        return jdbc.sql("""
                SELECT id, kind, message_key, CAST(args AS text) AS args, link, actor_name, happened_at
                FROM platform.timeline_event
                WHERE school_id = ? AND subject_type = ? AND subject_id = ?
                ORDER BY happened_at DESC, id DESC""").params(schoolId, subjectType, subjectId)
                .query(Rows.of(Stored.class)).list();
    }
}
