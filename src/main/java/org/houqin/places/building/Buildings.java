package org.houqin.places.building;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Campuses and their buildings. */
@Component
public class Buildings {

    public record Campus(long id, String name, String address) {
    }

    public record Row(long id, long campusId, String campusName, String code, String name, int floorsAbove,
                      int floorsBelow, Integer builtYear, String note, long roomCount, int version) {
    }

    private final JdbcClient jdbc;

    Buildings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Campus> campuses(long schoolId) {
        return jdbc.sql("SELECT id, name, address FROM places.campus WHERE school_id = ? ORDER BY id")
                .param(schoolId).query(Rows.of(Campus.class)).list();
    }

    public long campusId(long schoolId, String name) {
        return jdbc.sql("SELECT id FROM places.campus WHERE school_id = ? AND name = ?").params(schoolId, name)
                .query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO places.campus (school_id, name) VALUES (?, ?) RETURNING id")
                        .params(schoolId, name).query(Long.class).single());
    }

    public List<Row> all(long schoolId) {
        return jdbc.sql(SELECT + " WHERE b.school_id = ? ORDER BY b.code").param(schoolId).query(Rows.of(Row.class)).list();
    }

    public Optional<Row> find(long schoolId, long id) {
        return jdbc.sql(SELECT + " WHERE b.school_id = ? AND b.id = ?").params(schoolId, id).query(Rows.of(Row.class)).optional();
    }

    public Optional<Long> idByCodeOrName(long schoolId, String text) {
        return jdbc.sql("SELECT id FROM places.building WHERE school_id = ? AND (code = ? OR name = ?) ORDER BY id LIMIT 1")
                .params(schoolId, text, text).query(Long.class).optional();
    }

    long insert(long schoolId, long campusId, BuildingForm form) {
        return jdbc.sql("""
                INSERT INTO places.building (school_id, campus_id, code, name, floors_above, floors_below, built_year, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """).params(schoolId, campusId, form.getCode(), form.getName(), form.getFloorsAbove(),
                form.floorsBelowOrZero(), form.getBuiltYear(), form.getNote()).query(Long.class).single();
    }

    boolean update(long schoolId, long id, long campusId, BuildingForm form) {
        return jdbc.sql("""
                UPDATE places.building SET campus_id = ?, code = ?, name = ?, floors_above = ?, floors_below = ?,
                       built_year = ?, note = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND version = ?
                """).params(campusId, form.getCode(), form.getName(), form.getFloorsAbove(), form.floorsBelowOrZero(),
                form.getBuiltYear(), form.getNote(), schoolId, id, form.getVersion()).update() == 1;
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
