package org.houqin.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.organization.department.DepartmentService;
import org.houqin.organization.school.Schools;
import org.houqin.organization.schoolclass.ClassService;
import org.houqin.organization.semester.SemesterService;
import org.houqin.organization.staff.StaffService;
import org.houqin.platform.cache.SchoolCaches;
import org.houqin.platform.imports.ValueLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the organization: names, trees and the current semester, all by id. */
@Service
@Transactional(readOnly = true)
public class OrganizationApi {

    /** The caches of {@link #departmentNames} and {@link #activeStaff}, evicted by their stores (ADR 0030). */
    public static final String DEPARTMENTS = "organization.departments";
    public static final String STAFF = "organization.staff";

    public record SchoolRef(long id, String code, String name) {
    }

    public record SemesterRef(long id, String name, String schoolYear, LocalDate startsOn, LocalDate endsOn) {
    }

    public record StaffRef(long id, String name, Long departmentId) {
    }

    /** A grade (初一) with how many classes and students it has now. */
    public record GradeRef(long id, String name, int sortOrder, long classCount, long students) {
    }

    /** A class as other modules need it: its grade, head count and class teacher (a staff member). */
    public record ClassRef(long id, long gradeId, String gradeName, int gradeOrder, String name, int headCount,
                           Long classTeacherId, String classTeacherName) {

        public String fullName() {
            return gradeName + name;
        }
    }

    private final Schools schools;
    private final DepartmentService departments;
    private final StaffService staff;
    private final SemesterService semesters;
    private final ClassService classes;
    private final SchoolCaches.Named<Map<Long, String>> cachedDepartments;
    private final SchoolCaches.Named<List<StaffRef>> cachedStaff;

    OrganizationApi(Schools schools, DepartmentService departments, StaffService staff, SemesterService semesters,
                    ClassService classes, SchoolCaches caches) {
        this.cachedDepartments = caches.named(DEPARTMENTS);
        this.cachedStaff = caches.named(STAFF);
        this.schools = schools;
        this.departments = departments;
        this.staff = staff;
        this.semesters = semesters;
        this.classes = classes;
    }

    public List<SchoolRef> schools() {
        return schools.all();
    }

    public Optional<SchoolRef> schoolByCode(String code) {
        return schools.all().stream().filter(school -> school.code().equals(code)).findFirst();
    }

    public Optional<SchoolRef> school(long id) {
        return schools.find(id);
    }

    /** Creates a school and announces it, so its built-in roles exist when this returns. */
    @Transactional
    public long createSchool(String code, String name) {
        return schools.create(code, name);
    }

    /** The department and every department below it. */
    public Set<Long> departmentAndBelow(long departmentId) {
        return departments.subtree(departmentId);
    }

    public Map<Long, String> departmentNames(long schoolId) {
        return cachedDepartments.get(schoolId,
                () -> Collections.unmodifiableMap(new LinkedHashMap<>(departments.names(schoolId))));
    }

    public Optional<Long> departmentByName(long schoolId, String name) {
        return departments.idByName(schoolId, name);
    }

    /**
     * The school's departments as an import's value lookup: by name or by a name in brackets (总务处 for 总务处（后勤处）),
     * and created by name when the user asks for it on the values page.
     */
    public ValueLookup departmentLookup(long schoolId) {
        List<ValueLookup.ValueOption> options = new ArrayList<>();
        departmentNames(schoolId).forEach((id, name) -> options.add(new ValueLookup.ValueOption(id, null, name,
                bracketed(name))));
        return new NamedLookup("department", options, "import.error.unknownDepartment",
                "import.values.createDepartment", 64, name -> departments.createNamed(schoolId, name));
    }

    /** The school's active staff as an import's value lookup, created by name (without an account) when asked. */
    public ValueLookup staffLookup(long schoolId) {
        List<ValueLookup.ValueOption> options = activeStaff(schoolId).stream()
                .map(s -> new ValueLookup.ValueOption(s.id(), null, s.name())).toList();
        return new NamedLookup("staff", options, "import.error.unknownStaff", "import.values.createStaff", 32,
                name -> staff.createNamed(schoolId, name));
    }

    private static List<String> bracketed(String name) {
        Matcher m = BRACKETED.matcher(name == null ? "" : name.strip());
        return m.matches() ? List.of(m.group(1).strip(), m.group(2).strip()) : List.of();
    }

    private static final Pattern BRACKETED = Pattern.compile("(.+)[（(](.+)[）)]");

    /** A lookup of records known by name, created by name. */
    private record NamedLookup(String name, List<ValueOption> options, String unknownKey, String createKey,
                               int maxLength, ToLongFunction<String> creator) implements ValueLookup {

        @Override
        public Creation creation(String text) {
            return text.length() <= maxLength ? new Creation(createKey, text) : null;
        }

        @Override
        public long create(String text) {
            return creator.applyAsLong(text);
        }
    }

    public Optional<StaffRef> staff(long staffId) {
        return staff.find(staffId);
    }

    public Optional<StaffRef> staffByName(long schoolId, String name) {
        return staff.findByName(schoolId, name);
    }

    /** The staff member's phone, unmasked: for the few who must call them (the worker sent to their repair). */
    public Optional<String> staffPhone(long staffId) {
        return staff.phone(staffId);
    }

    public Map<Long, String> staffNames(Collection<Long> ids) {
        return staff.names(ids);
    }

    /** Every staff member of the school, those who have left too, by id. */
    public Map<Long, String> allStaffNames(long schoolId) {
        return staff.names(schoolId);
    }

    public List<StaffRef> activeStaff(long schoolId) {
        return cachedStaff.get(schoolId, () -> List.copyOf(staff.active(schoolId)));
    }

    public Map<Long, String> classNames(long schoolId) {
        return classes.names(schoolId);
    }

    /** The grades of the school in their order. */
    public List<GradeRef> grades(long schoolId) {
        return classes.grades(schoolId).stream()
                .map(g -> new GradeRef(g.id(), g.name(), g.sortOrder(), g.classCount(), g.students())).toList();
    }

    /** Every class of the school, by grade and then in the order of the class list. */
    public List<ClassRef> classes(long schoolId) {
        Map<Long, Integer> gradeOrder = new HashMap<>();
        classes.grades(schoolId).forEach(g -> gradeOrder.put(g.id(), g.sortOrder()));
        return classes.classes(schoolId).stream()
                .map(c -> new ClassRef(c.id(), c.gradeId(), c.gradeName(), gradeOrder.getOrDefault(c.gradeId(), 0),
                        c.name(), c.headCount(), c.classTeacherId(), c.classTeacherName()))
                .toList();
    }

    public Optional<Long> classTeacher(long classId) {
        return classes.teacherOf(classId);
    }

    public Optional<SemesterRef> currentSemester(long schoolId) {
        return semesters.current(schoolId);
    }

    /** Every semester of the school, earliest first. */
    public List<SemesterRef> semesters(long schoolId) {
        return semesters.refs(schoolId);
    }
}
