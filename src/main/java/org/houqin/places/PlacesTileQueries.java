package org.houqin.places;

import org.houqin.platform.security.DataScope;
import org.houqin.platform.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The places' figures on the home page: the school's buildings, and the rooms the user can see. */
@Component
@Transactional(readOnly = true)
class PlacesTileQueries {

    private final JdbcClient jdbc;

    PlacesTileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long buildings(long schoolId) {
        return jdbc.sql("SELECT count(*) FROM places.building WHERE school_id = ?").param(schoolId)
                .query(Long.class).single();
    }

    /** Through the same scope condition as the rooms list, so the figure is what the list shows. */
    long visibleRooms(long schoolId, DataScope scope, Long staffId) {
        SqlCondition visible = scope.filter("r.department_id", "r.responsible_staff_id", staffId);
        return jdbc.sql("SELECT count(*) FROM places.room r WHERE r.school_id = :school AND " + visible.sql())
                .params(visible.params()).param("school", schoolId).query(Long.class).single();
    }
}
