package org.houqin.organization.semester;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds semesters and moves the "current" mark, which every module reads. */
@Service
public class SemesterService {

    private final Semesters semesters;
    private final AuditLog audit;

    SemesterService(Semesters semesters, AuditLog audit) {
        this.semesters = semesters;
        this.audit = audit;
    }

    @Transactional
    public long create(long schoolId, SemesterForm form) {
        if (!form.getEndsOn().isAfter(form.getStartsOn())) {
            throw new RuleViolation("endsOn", "semester.dates.order");
        }
        if (form.getStartsOn().plusDays(200).isBefore(form.getEndsOn())) {
            throw new RuleViolation("endsOn", "semester.dates.tooLong");
        }
        long yearId = semesters.yearId(schoolId, form.getSchoolYear(), form.getStartsOn(), form.getEndsOn());
        long id = Forms.unique("name", "semester.name.duplicate", () -> semesters.insert(schoolId, yearId, form));
        semesters.stretchYear(yearId);
        audit.changed("organization", "semester", id, "CREATE", null, java.util.Map.of("schoolYear",
                form.getSchoolYear(), "name", form.getName(), "startsOn", form.getStartsOn().toString(),
                "endsOn", form.getEndsOn().toString()));
        if (form.isCurrent()) {
            makeCurrent(schoolId, id);
        }
        return id;
    }

    @Transactional
    public void makeCurrent(long schoolId, long id) {
        if (!semesters.makeCurrent(schoolId, id)) {
            throw new NotFoundException("semester", id);
        }
        audit.changed("organization", "semester", id, "MAKE_CURRENT", null, null);
    }
}
