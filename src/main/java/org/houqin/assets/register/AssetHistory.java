package org.houqin.assets.register;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.houqin.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A card's history: events are only ever added, never changed (the app role may not UPDATE them). */
@Service
public class AssetHistory {

    public enum Kind { REGISTER, UPDATE, HANDOVER, TRANSFER, LOAN, RETURN, REPAIR, REVALUE, SPLIT, STATUS, STOCKTAKE, DISPOSE }

    public record Event(long id, Kind kind, Instant happenedAt, String actorName, String summary, String link) {
    }

    private final JdbcClient jdbc;

    AssetHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long schoolId, long assetId, Kind kind, String summary, String link, CurrentUser actor) {
        record(schoolId, assetId, kind, summary, link, actor == null ? null : actor.userId(),
                actor == null ? "系统" : actor.displayName());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long schoolId, long assetId, Kind kind, String summary, String link, Long actorId,
                       String actorName) {
        jdbc.sql("""
                INSERT INTO assets.asset_event (school_id, asset_id, kind, actor_id, actor_name, summary, link)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(schoolId, assetId, kind.name(), actorId, actorName,
                        summary.length() > 400 ? summary.substring(0, 400) : summary, link).update();
    }

    @Transactional(readOnly = true)
    public List<Event> of(long schoolId, long assetId) {
        return jdbc.sql("""
                SELECT id, kind, happened_at, actor_name, summary, link FROM assets.asset_event
                WHERE school_id = ? AND asset_id = ? ORDER BY happened_at DESC, id DESC""")
                .params(schoolId, assetId).query(Rows.of(Event.class)).list();
    }
}
