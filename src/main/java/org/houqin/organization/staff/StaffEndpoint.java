package org.houqin.organization.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff over JSON, in the caller's data scope, phones masked as in lists. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "教职工")
class StaffEndpoint {

    record StaffJson(long id, String employeeNo, String name, String gender, String phone, String position,
                     Long departmentId, String department, boolean active) {
    }

    private final StaffService staff;

    StaffEndpoint(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:staff:read')")
    @Operation(summary = "List staff", description = "Search by name, number, position or department; 20 per page.")
    ApiPage<StaffJson> list(@ModelAttribute ListQuery query, CurrentUser me) {
        PageResult<StaffService.Row> page = staff.page(me.requireSchool(), me.dataScope(), me.staffId(), query);
        return ApiPage.of(page, s -> new StaffJson(s.id(), s.employeeNo(), s.name(), s.gender(), s.maskedPhone(),
                s.position(), s.departmentId(), s.departmentName(), s.active()));
    }
}
