package org.houqin.organization.semester;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi.SemesterRef;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** School years and semesters: read, added, and the "current" mark moved, which every module reads. */
@Service
public class SemesterService {

    public record Row(long id, long schoolYearId, String schoolYear, String name, LocalDate startsOn, LocalDate endsOn,
                      boolean current) {
    }

    /** A school year's first and last day. */
    public record YearDates(LocalDate startsOn, LocalDate endsOn) {
    }

    private final SemesterStore semesters;
    private final AuditLog audit;

    SemesterService(SemesterStore semesters, AuditLog audit) {
        this.semesters = semesters;
        this.audit = audit;
    }

    /** The school's semesters, latest first. */
    @Transactional(readOnly = true)
    public List<Row> all(long schoolId) {
        return semesters.all(schoolId);
    }

    /** Every semester of the school, earliest first. */
    @Transactional(readOnly = true)
    public List<SemesterRef> refs(long schoolId) {
        return semesters.refs(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<SemesterRef> current(long schoolId) {
        return semesters.current(schoolId);
    }

    /**
     * The school year holding the day; in the holidays after a year's last semester, the year just ended (a year
     * holds the twelve months from its start).
     */
    @Transactional(readOnly = true)
    public Optional<YearDates> yearOf(long schoolId, LocalDate day) {
        return semesters.yearOf(schoolId, day);
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
        long id = Forms.unique("name", "semester.name.duplicate",
                () -> semesters.insert(schoolId, yearId, form.getName(), form.getStartsOn(), form.getEndsOn()));
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
