package org.houqin.repairs.request;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a repair: whoever {@link RepairStore#visible} lets see it, and the people in charge of its room — the
 * room's responsible person and the users of the room's department — who need to know what is being done there.
 */
@Component
class RepairReaderQueries {

    private final PlacesApi places;
    private final JdbcClient jdbc;

    RepairReaderQueries(PlacesApi places, JdbcClient jdbc) {
        this.places = places;
        this.jdbc = jdbc;
    }

    /** Those of the requests the user may read, so a page links them and shows the others' numbers as text. */
    @Transactional(readOnly = true)
    Set<Long> readable(CurrentUser me, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        SqlCondition readable = condition(me);
        return new HashSet<>(jdbc.sql("SELECT r.id FROM repairs.request r WHERE r.school_id = :school"
                        + " AND r.id = ANY(:ids) AND " + readable.sql()).params(readable.params())
                .param("school", me.requireSchool()).param("ids", ids.toArray(Long[]::new)).query(Long.class).list());
    }

    /** The condition on {@code r} (repairs.request) for what the user may read; binds :me and the rooms in care. */
    SqlCondition condition(CurrentUser me) {
        SqlCondition visible = RepairStore.visible(me);
        if (me.dataScope().all() || me.schoolId() == null) {
            return visible;
        }
        List<Long> rooms = places.roomsInCareOf(me.schoolId(), me.staffId(), me.departmentId());
        if (rooms.isEmpty()) {
            return visible;
        }
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("roomsInCare", rooms.toArray(Long[]::new));
        return new SqlCondition("(" + visible.sql() + " OR r.room_id = ANY(:roomsInCare))", params);
    }
}
