package org.houqin.assets.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.assets.register.Locations;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 公物损坏赔偿 over JSON: the cases, one case, entering one, assessing it, the payment that closes it, a waiver. */
@RestController
@RequestMapping("/api/v1/asset-compensations")
@Tag(name = "Asset compensation", description = "公物损坏赔偿")
class AssetCompensationEndpoint {

    private static final String READ =
            "hasAuthority('assets:compensation:write') or hasAuthority('assets:report:read')";
    private static final String WRITE = "hasAuthority('assets:compensation:write')";

    record CaseJson(long id, String number, AssetCompensations.Source source, String sourceLabel, Long repairId,
                    String repairNumber, Long assetId, String assetNumber, String assetName, Long classId,
                    String className, String studentName, Long staffId, String staffName, String description,
                    CompensationRule.Basis basis, String basisLabel, BigDecimal baseAmount, BigDecimal share,
                    BigDecimal amount, LocalDate dueOn, CompensationStatus status, String statusLabel,
                    BigDecimal paidAmount, LocalDate paidOn, String payerName, String receiptNo, String closeNote,
                    String createdByName, Instant createdAt, Instant closedAt, int version) {
    }

    private final AssetCompensations compensations;
    private final Locations locations;
    private final Texts texts;

    AssetCompensationEndpoint(AssetCompensations compensations, Locations locations, Texts texts) {
        this.compensations = compensations;
        this.locations = locations;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "List compensation cases", description = "status = PENDING (待核定), DUE (待缴费), PAID or "
            + "WAIVED; class = a class's id; q searches the number, the repair's number, the description and the "
            + "student; newest first (no other sort); 20 per page unless size asks (at most 100).")
    ApiPage<CaseJson> list(@ParameterObject @ModelAttribute ListQuery query,
                           @RequestParam(required = false) CompensationStatus status,
                           @RequestParam(name = "class", required = false) Long classId, CurrentUser me) {
        long school = me.requireSchool();
        PageResult<AssetCompensations.Row> page = compensations.page(school, query, status, classId);
        Locations.Names names = locations.names(school, page.items().stream().map(AssetCompensations.Row::staffId)
                .filter(Objects::nonNull).distinct().toList());
        return ApiPage.of(page, row -> json(row, names));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One compensation case", description = "Who is responsible, the asset, the amount by the "
            + "rule (basis × share, or a fixed amount), and how it closed. 404 for a case of another school.")
    CaseJson get(@PathVariable long id, CurrentUser me) {
        return one(me, id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a case, assessed at once", description = "classId (with studentName) or staffId, "
            + "assetNumber, description, basis (REPAIR_COST, NET_VALUE, FIXED), baseAmount and share (per cent) in "
            + "yuan with two decimals, dueOn. The case is 待缴费 at once. Send the same Idempotency-Key header (or "
            + "submissionKey) again and you get the same case back.")
    CaseJson create(@Valid @RequestBody CompensationForm form, CurrentUser me) {
        return one(me, compensations.create(me.requireSchool(), me, form));
    }

    @PostMapping("/{id}/assess")
    @PreAuthorize(WRITE)
    @Operation(summary = "Assess a case (核定)", description = "The case form with the version read (or If-Match): "
            + "a case a repair or a stocktake opened (待核定), or one due, assessed again. A stale version is 409 "
            + "with currentVersion.")
    CaseJson assess(@PathVariable long id, @Valid @RequestBody CompensationForm form, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> find(school, id).version(), () -> compensations.assess(school, me, id, form));
        return one(me, id);
    }

    @PostMapping("/{id}/pay")
    @PreAuthorize(WRITE)
    @Operation(summary = "Record the payment", description = "Body: paidAmount (exactly the amount due, else 400 at "
            + "paidAmount), paidOn (not in the future), payerName, receiptNo and the version read (or If-Match). "
            + "Closes a due case as PAID; a case not due is 409 document.step.refused, a stale version 409 with "
            + "currentVersion.")
    CaseJson pay(@PathVariable long id, @Valid @RequestBody PaymentForm form, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> find(school, id).version(), () -> compensations.pay(school, me, id, form));
        return one(me, id);
    }

    @PostMapping("/{id}/waive")
    @PreAuthorize(WRITE)
    @Operation(summary = "Waive a case (减免)", description = "Body: reason and the version read (or If-Match). "
            + "An open case closes as WAIVED; a stale version is 409 with currentVersion.")
    CaseJson waive(@PathVariable long id, @Valid @RequestBody WaiverForm form, CurrentUser me) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> find(school, id).version(),
                () -> compensations.waive(school, me, id, form.getReason(), form.getVersion()));
        return one(me, id);
    }

    private CaseJson one(CurrentUser me, long id) {
        long school = me.requireSchool();
        AssetCompensations.Row row = find(school, id);
        return json(row, locations.names(school, row.staffId() == null ? List.of() : List.of(row.staffId())));
    }

    private AssetCompensations.Row find(long school, long id) {
        return compensations.find(school, id).orElseThrow(() -> new NotFoundException("compensation", id));
    }

    private CaseJson json(AssetCompensations.Row r, Locations.Names names) {
        return new CaseJson(r.id(), r.number(), r.source(), texts.get(r.source().messageKey()), r.repairId(),
                r.repairNumber(), r.assetId(), r.assetNumber(), r.assetName(), r.classId(),
                names.schoolClass(r.classId()), r.studentName(), r.staffId(), names.person(r.staffId()),
                r.description(), r.basis(), r.basis() == null ? null : texts.get(r.basis().messageKey()),
                r.baseAmount(), r.share(), r.amount(), r.dueOn(), r.status(), texts.get(r.status().messageKey()),
                r.paidAmount(), r.paidOn(), r.payerName(), r.receiptNo(), r.closeNote(), r.createdByName(),
                r.createdAt(), r.closedAt(), r.version());
    }
}
