package org.houqin.places.building;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.places.PlacesApi;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.db.Rows;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of campuses and their buildings. */
@Component
class BuildingStore {

    /** A building as a form gives it, for adding or editing. */
    record Facts(long campusId, String code, String name, int floorsAbove, int floorsBelow, Integer builtYear,
                 String note) {
    }

    private final JdbcClient jdbc;
    private final SchoolCaches caches;

    BuildingStore(JdbcClient jdbc, SchoolCaches caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    List<BuildingService.Campus> campuses(long schoolId) {
        return jdbc.sql("SELECT id, name, address FROM places.campus WHERE school_id = ? ORDER BY id")
                .param(schoolId).query(Rows.of(BuildingService.Campus.class)).list();
    }

    /** The campus of that name, added when the school has none yet. */
    long campusId(long schoolId, String name) {
        return jdbc.sql("SELECT id FROM places.campus WHERE school_id = ? AND name = ?").params(schoolId, name)
                .query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO places.campus (school_id, name) VALUES (?, ?) RETURNING id")
                        .params(schoolId, name).query(Long.class).single());
    }

    List<BuildingService.Row> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE b.school_id = ? ORDER BY b.code").param(schoolId)
                .query(Rows.of(BuildingService.Row.class)).list();
    }

    /** The buildings holding a room the reader may open: those whose sheet of room labels they can print. */
    Set<Long> withRoomsInReach(long schoolId, DataScope scope, Long staffId) {
        SqlCondition visible = scope.filter("r.department_id", "r.responsible_staff_id", staffId);
        return new HashSet<>(jdbc.sql("SELECT DISTINCT r.building_id FROM places.room r WHERE r.school_id = :school AND "
                + visible.sql()).params(visible.params()).param("school", schoolId).query(Long.class).list());
    }

    Optional<BuildingService.Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE b.school_id = ? AND b.id = ?").params(schoolId, id)
                .query(Rows.of(BuildingService.Row.class)).optional();
    }

    Optional<Long> idByCodeOrName(long schoolId, String text) {
        return jdbc.sql("SELECT id FROM places.building WHERE school_id = ? AND (code = ? OR name = ?) ORDER BY id LIMIT 1")
                .params(schoolId, text, text).query(Long.class).optional();
    }

    long insert(long schoolId, Facts b) {
        return jdbc.sql("""
                INSERT INTO places.building (school_id, campus_id, code, name, floors_above, floors_below, built_year, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, b.campusId(), b.code(), b.name(), b.floorsAbove(), b.floorsBelow(),
                b.builtYear(), b.note()).query(Long.class).single();
    }

    boolean update(long schoolId, long id, int version, Facts b) {
        caches.evict(PlacesApi.ROOMS, schoolId);
        return jdbc.sql("""
                UPDATE places.building SET campus_id = ?, code = ?, name = ?, floors_above = ?, floors_below = ?,
                       built_year = ?, note = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(b.campusId(), b.code(), b.name(), b.floorsAbove(), b.floorsBelow(), b.builtYear(),
                b.note(), schoolId, id, version).update() == 1;
    }

    boolean codeTaken(long schoolId, String code, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM places.building WHERE school_id = ? AND code = ? AND id <> coalesce(?, -1)")
                .params(schoolId, code, exceptId).query(Long.class).single() > 0;
    }

    /** The highest and lowest floor in use by rooms, so a building cannot shrink below its rooms. */
    int[] usedFloors(long buildingId) {
        return jdbc.sql("SELECT coalesce(max(floor), 1), coalesce(min(floor), 1) FROM places.room WHERE building_id = ?")
                .param(buildingId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    private static final String SELECT = """
            SELECT b.id, b.campus_id, c.name AS campus_name, b.code, b.name, b.floors_above, b.floors_below,
                   b.built_year, b.note, (SELECT count(*) FROM places.room r WHERE r.building_id = b.id) AS room_count,
                   b.version
            FROM places.building b JOIN places.campus c ON c.id = b.campus_id""";
}
