package org.houqin.places.room;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.places.PlacesApi;
import org.houqin.places.RoomType;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of rooms. Lists and single rooms go through the same scope condition, so the rooms a user can list are
 * exactly the rooms the user can open.
 */
@Component
class RoomStore {

    /** A room as a form gives it, for adding or editing. */
    record Facts(long buildingId, int floor, String code, String name, RoomType roomType, BigDecimal area,
                 Long responsibleStaffId, Long departmentId, Long classId, String note) {
    }

    private final JdbcClient jdbc;
    private final SchoolCaches caches;

    RoomStore(JdbcClient jdbc, SchoolCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    PageResult<RoomService.Row> page(long schoolId, DataScope scope, Long staffId, ListQuery query,
                                     RoomService.Filter filter) {
        return listing(schoolId, scope, staffId, query, filter).page(query, RoomService.Row.class);
    }

    List<RoomService.Row> all(long schoolId, DataScope scope, Long staffId, ListQuery query,
                              RoomService.Filter filter) {
        return listing(schoolId, scope, staffId, query, filter).all(Listing.EXPORT_LIMIT, RoomService.Row.class);
    }

    List<RoomService.Row> byIds(long schoolId, DataScope scope, Long staffId, List<Long> ids) {
        SqlCondition visible = scope.filter("r.department_id", "r.responsible_staff_id", staffId);
        return jdbc.sql(SELECT + " WHERE r.school_id = :school AND r.id = ANY(:ids) AND " + visible.sql()
                        + " ORDER BY b.code, r.floor, r.code")
                .params(visible.params()).param("school", schoolId).param("ids", ids.toArray(Long[]::new))
                .query(Rows.of(RoomService.Row.class)).list();
    }

    Optional<RoomService.Row> find(long schoolId, DataScope scope, Long staffId, long id) {
        SqlCondition visible = scope.filter("r.department_id", "r.responsible_staff_id", staffId);
        return jdbc.sql(SELECT + " WHERE r.school_id = :school AND r.id = :id AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).param("id", id)
                .query(Rows.of(RoomService.Row.class)).optional();
    }

    /** Any room of the school, regardless of the reader's scope. */
    Optional<RoomService.Row> find(long schoolId, long id) {
        return find(schoolId, DataScope.everything(), null, id);
    }

    List<RoomService.Row> everyRoom(long schoolId) {
        return jdbc.sql(SELECT + " WHERE r.school_id = ? ORDER BY b.code, r.floor, r.code").param(schoolId)
                .query(Rows.of(RoomService.Row.class)).list();
    }

    Optional<RoomService.SchoolAndId> schoolAndIdByQrToken(String token) {
        return jdbc.sql("SELECT school_id, id FROM places.room WHERE qr_token = ?").param(token)
                .query(Rows.of(RoomService.SchoolAndId.class)).optional();
    }

    Optional<Long> idByQrToken(String token) {
        return jdbc.sql("SELECT id FROM places.room WHERE qr_token = ?").param(token).query(Long.class).optional();
    }

    boolean codeTaken(long schoolId, String code, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM places.room WHERE school_id = ? AND code = ? AND id <> coalesce(?, -1)")
                .params(schoolId, code, exceptId).query(Long.class).single() > 0;
    }

    long insert(long schoolId, Facts room, String qrToken) {
        long id = jdbc.sql("""
                INSERT INTO places.room (school_id, building_id, floor, code, name, room_type, area,
                                         responsible_staff_id, department_id, class_id, note, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, room.buildingId(), room.floor(), room.code(), room.name(),
                room.roomType().name(), room.area(), room.responsibleStaffId(), room.departmentId(), room.classId(),
                room.note(), qrToken).query(Long.class).single();
        caches.evict(PlacesApi.ROOMS, schoolId);
        return id;
    }

    boolean stop(long schoolId, long id, String reason, Instant at) {
        caches.evict(PlacesApi.ROOMS, schoolId);
        return jdbc.sql("""
                UPDATE places.room SET stopped_at = ?, stop_reason = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND stopped_at IS NULL""")
                .params(Timestamp.from(at), reason, schoolId, id).update() == 1;
    }

    boolean resume(long schoolId, long id) {
        caches.evict(PlacesApi.ROOMS, schoolId);
        return jdbc.sql("""
                UPDATE places.room SET stopped_at = NULL, stop_reason = NULL, version = version + 1
                WHERE school_id = ? AND id = ? AND stopped_at IS NOT NULL""").params(schoolId, id).update() == 1;
    }

    boolean update(long schoolId, long id, int version, Facts room) {
        caches.evict(PlacesApi.ROOMS, schoolId);
        return jdbc.sql("""
                UPDATE places.room SET building_id = ?, floor = ?, code = ?, name = ?, room_type = ?, area = ?,
                       responsible_staff_id = ?, department_id = ?, class_id = ?, note = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(room.buildingId(), room.floor(), room.code(), room.name(), room.roomType().name(),
                room.area(), room.responsibleStaffId(), room.departmentId(), room.classId(), room.note(), schoolId, id,
                version).update() == 1;
    }

    private Listing listing(long schoolId, DataScope scope, Long staffId, ListQuery query,
                            RoomService.Filter filter) {
        return Listing.of(jdbc, COLUMNS, FROM)
                .where(Where.of("r.school_id", "school", schoolId)
                        .and(scope.filter("r.department_id", "r.responsible_staff_id", staffId))
                        .search(query, SEARCH)
                        .equal("r.building_id", filter.buildingId())
                        .equal("r.room_type", filter.type()))
                .orderBy(RoomService.SORTS, query, "r.id");
    }

    /** Room and building names, and the room's code without regard to case. */
    private static final Search SEARCH = Search.in("r.name", "b.name").ignoringCase("r.code");

    private static final String COLUMNS = """
            r.id, r.building_id, b.name AS building_name, r.floor, r.code, r.name, r.room_type, r.area,
            r.responsible_staff_id, r.department_id, r.class_id, r.note, r.qr_token, r.version, r.stopped_at,
            r.stop_reason""";

    private static final String FROM = "places.room r JOIN places.building b ON b.id = r.building_id";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + FROM;
}
