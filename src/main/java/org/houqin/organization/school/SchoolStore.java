package org.houqin.organization.school;

import java.util.List;
import java.util.Optional;

import org.houqin.organization.OrganizationApi.SchoolRef;
import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the schools of this deployment. */
@Component
class SchoolStore {

    private final JdbcClient jdbc;

    SchoolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SchoolRef> all() {
        return jdbc.sql("SELECT id, code, name FROM organization.school ORDER BY code").query(Rows.of(SchoolRef.class))
                .list();
    }

    Optional<SchoolRef> find(long id) {
        return jdbc.sql("SELECT id, code, name FROM organization.school WHERE id = ?").param(id)
                .query(Rows.of(SchoolRef.class)).optional();
    }

    long insert(String code, String name) {
        return jdbc.sql("INSERT INTO organization.school (code, name) VALUES (?, ?) RETURNING id")
                .params(code, name).query(Long.class).single();
    }
}
