package org.houqin.warehouse.distribution;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A class of a semester distribution over JSON: its list with what it got, handing it its books with the class
 * teacher's signature (in full, or in part with the reason the rest is owed), and taking surplus copies back.
 */
@RestController
@RequestMapping("/api/v1/distributions/{planId}/classes")
@Tag(name = "Distributions", description = "学期发放")
class DistributionClassEndpoint {

    /**
     * A class of a started plan ({@code id} is the class's row in the plan, {@code classId} the school's class):
     * PENDING (待发放), SHORT (欠发, part handed over) or ISSUED (已发放). Send {@code version} with a hand-over.
     * Its list ({@code lines}) and what moved ({@code handovers} with the quantities {@code handed}, {@code returns}
     * with those {@code returned}) come with one class, not in a plan's list of classes.
     */
    @Schema(name = "DistributionClass")
    record ClassJson(long id, long distributionId, long classId, long gradeId, String gradeName, String className,
                     int headCount, String teacherName, ClassStatus status, String statusLabel, LocalDate issuedOn,
                     String shortageReason, int version, List<Handovers.ClassLineRow> lines,
                     List<Handovers.HandoverRow> handovers, List<Handovers.MovedLine> handed,
                     List<Handovers.ReturnRow> returns, List<Handovers.MovedLine> returned) {
    }

    private final Handovers handovers;
    private final DistributionJsons json;

    DistributionClassEndpoint(Handovers handovers, DistributionJsons json) {
        this.handovers = handovers;
        this.json = json;
    }

    @GetMapping("/{id}")
    @PreAuthorize(DistributionEndpoint.READ)
    @Operation(summary = "One class of a plan with its list, hand-overs and returns", description = "lines carry "
            + "each item's required, issued and returned quantity and what the store holds now (available). 404 for "
            + "a class of another plan or school.")
    ClassJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long planId, @PathVariable long id) {
        return json.classWhole(me.requireSchool(), planId, id);
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize(DistributionEndpoint.WRITE)
    @Operation(summary = "Hand a class its books", description = "Body: issuedOn, receiverName, signature (the "
            + "receiver's, as a data:image/png;base64 URL), version (or If-Match), lines (classLineId, quantity), and "
            + "shortageReason when less than the rest of the list is handed over (the class is then SHORT and the "
            + "storekeepers hear of it). More than the store holds or than is left gets 400 naming lines[i].quantity. "
            + "Only while the plan is ISSUING (409 otherwise); a stale version gets 409 with currentVersion.")
    ClassJson issue(@Parameter(hidden = true) CurrentUser me, @PathVariable long planId, @PathVariable long id,
                    @Valid @RequestBody HandoverForm form) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> handovers.classRow(school, planId, id).version(),
                () -> handovers.handOver(school, me, planId, id, form));
        return get(me, planId, id);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(DistributionEndpoint.WRITE)
    @Operation(summary = "Take surplus copies back", description = "Body: returnedOn, returnedBy, reason, version "
            + "(or If-Match), lines (classLineId, quantity): back into the store at the cost they left with. More "
            + "than the class got gets 400 naming lines[i].quantity; a stale version gets 409 with currentVersion.")
    ClassJson takeBack(@Parameter(hidden = true) CurrentUser me, @PathVariable long planId, @PathVariable long id,
                       @Valid @RequestBody ReturnForm form) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> handovers.classRow(school, planId, id).version(),
                () -> handovers.takeBack(school, me, planId, id, form));
        return get(me, planId, id);
    }
}
