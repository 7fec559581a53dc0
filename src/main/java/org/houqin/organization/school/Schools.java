package org.houqin.organization.school;

import java.util.List;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi.SchoolRef;
import org.houqin.organization.SchoolCreated;
import org.houqin.platform.web.Forms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of this deployment; a new one is announced so that other modules give it their defaults. */
@Service
public class Schools {

    private final SchoolStore store;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Schools(SchoolStore store, ApplicationEventPublisher events, AuditLog audit) {
        this.store = store;
        this.events = events;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SchoolRef> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Optional<SchoolRef> find(long id) {
        return store.find(id);
    }

    @Transactional
    public long create(String code, String name) {
        long id = Forms.unique("code", "school.code.duplicate", () -> store.insert(code, name));
        audit.changedIn(id, "organization", "school", id, "CREATE", null, new SchoolRef(id, code, name));
        events.publishEvent(new SchoolCreated(id, code, name));
        return id;
    }
}
