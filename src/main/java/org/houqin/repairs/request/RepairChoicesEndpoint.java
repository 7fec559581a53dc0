package org.houqin.repairs.request;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.repairs.category.CategoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a client fills a repair's forms with: the categories a report names and the workers a dispatch names. */
@RestController
@Tag(name = "Repairs", description = "报修单")
class RepairChoicesEndpoint {

    @Schema(name = "RepairCategory")
    record CategoryJson(long id, String name, boolean teaching) {
    }

    @Schema(name = "RepairWorker")
    record WorkerJson(long userId, String displayName) {
    }

    private final CategoryService categories;
    private final RepairService service;

    RepairChoicesEndpoint(CategoryService categories, RepairService service) {
        this.categories = categories;
        this.service = service;
    }

    @GetMapping("/api/v1/repair-categories")
    @PreAuthorize("hasAuthority('repairs:request:report')")
    @Operation(summary = "Repair categories to report under", description = "The active ones, in the school's "
            + "order; teaching = a fault there stops teaching (影响教学).")
    List<CategoryJson> categories(@Parameter(hidden = true) CurrentUser me) {
        return categories.active(me.requireSchool()).stream()
                .map(c -> new CategoryJson(c.id(), c.name(), c.teaching())).toList();
    }

    @GetMapping("/api/v1/repairs/workers")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    @Operation(summary = "Workers a request can be dispatched to", description = "Their user ids, for dispatch's "
            + "workerUserId.")
    List<WorkerJson> workers(@Parameter(hidden = true) CurrentUser me) {
        return service.workers(me.requireSchool()).stream().map((IamApi.UserRef w) -> new WorkerJson(w.id(),
                w.displayName())).toList();
    }
}
