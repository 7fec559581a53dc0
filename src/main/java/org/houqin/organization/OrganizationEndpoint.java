package org.houqin.organization;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.organization.department.DepartmentService;
import org.houqin.organization.schoolclass.ClassService;
import org.houqin.organization.semester.SemesterService;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The school's structure over JSON: departments, grades and classes, semesters. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "学校与组织")
class OrganizationEndpoint {

    record ClassJson(long id, String grade, String name, int headCount, Long classTeacherId, String classTeacher) {
    }

    private final DepartmentService departments;
    private final ClassService classes;
    private final SemesterService semesters;

    OrganizationEndpoint(DepartmentService departments, ClassService classes, SemesterService semesters) {
        this.departments = departments;
        this.classes = classes;
        this.semesters = semesters;
    }

    @GetMapping("/departments")
    @PreAuthorize("hasAuthority('organization:department:read')")
    @Operation(summary = "The department tree, parents before children")
    List<DepartmentService.Row> departments(CurrentUser me) {
        return departments.tree(me.requireSchool());
    }

    @GetMapping("/classes")
    @PreAuthorize("hasAuthority('organization:class:read')")
    @Operation(summary = "Classes with head counts and class teachers")
    List<ClassJson> classes(CurrentUser me) {
        return classes.classes(me.requireSchool()).stream()
                .map(c -> new ClassJson(c.id(), c.gradeName(), c.name(), c.headCount(), c.classTeacherId(),
                        c.classTeacherName()))
                .toList();
    }

    @GetMapping("/semesters/current")
    @PreAuthorize("hasAuthority('organization:semester:read')")
    @Operation(summary = "The current semester")
    OrganizationApi.SemesterRef currentSemester(CurrentUser me) {
        long school = me.requireSchool();
        return semesters.current(school).orElseThrow(() -> new NotFoundException("current semester", school));
    }
}
