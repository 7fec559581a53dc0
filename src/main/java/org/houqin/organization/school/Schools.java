package org.houqin.organization.school;

import java.util.List;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi.SchoolRef;
import org.houqin.organization.SchoolCreated;
import org.houqin.platform.db.Rows;
import org.houqin.platform.web.Forms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The schools of this deployment. */
@Component
public class Schools {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Schools(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
    }

    public List<SchoolRef> all() {
        return jdbc.sql("SELECT id, code, name FROM organization.school ORDER BY code").query(Rows.of(SchoolRef.class)).list();
    }

    public Optional<SchoolRef> find(long id) {
        return jdbc.sql("SELECT id, code, name FROM organization.school WHERE id = ?").param(id)
                .query(Rows.of(SchoolRef.class)).optional();
    }

    @Transactional
    public long create(String code, String name) {
        long id = Forms.unique("code", "school.code.duplicate", () ->
                jdbc.sql("INSERT INTO organization.school (code, name) VALUES (?, ?) RETURNING id")
                        .params(code, name).query(Long.class).single());
        audit.changedIn(id, "organization", "school", id, "CREATE", null, new SchoolRef(id, code, name));
        events.publishEvent(new SchoolCreated(id, code, name));
        return id;
    }
}
