package org.houqin.assets.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
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

/** 领用/交接单 over JSON: the office's list, one signed record with its lines, and handing cards over. */
@RestController
@RequestMapping("/api/v1/asset-handovers")
@Tag(name = "Asset handovers", description = "资产领用与交接")
class AssetHandoverEndpoint {

    record HandoverJson(long id, String number, HandoverKind kind, String kindLabel, LocalDate handedOn, Long roomId,
                        Long departmentId, Long classId, Long custodianStaffId, String borrower, LocalDate dueOn,
                        String receiverName, String note, Instant signedAt, String createdByName, Instant createdAt,
                        long lineCount, long items, BigDecimal value, String summary, List<LineJson> lines) {

        static HandoverJson of(AssetHandovers.Row r, String kindLabel, List<LineJson> lines) {
            return new HandoverJson(r.id(), r.number(), r.kind(), kindLabel, r.handedOn(), r.roomId(), r.departmentId(),
                    r.classId(), r.custodianStaffId(), r.borrower(), r.dueOn(), r.receiverName(), r.note(),
                    r.signedAt(), r.createdByName(), r.createdAt(), r.lines(), r.items(), r.value(), r.summary(),
                    lines);
        }
    }

    @Schema(name = "AssetHandoverLine")
    record LineJson(long assetId, String assetNumber, String name, String model, int quantity, BigDecimal unitValue,
                    BigDecimal value, String fromPlace, String toPlace) {

        static LineJson of(AssetHandovers.LineRow l) {
            return new LineJson(l.assetId(), l.number(), l.name(), l.model(), l.quantity(), l.unitValue(), l.value(),
                    l.fromPlace(), l.toPlace());
        }
    }

    private final AssetHandovers handovers;
    private final Texts texts;

    AssetHandoverEndpoint(AssetHandovers handovers, Texts texts) {
        this.handovers = handovers;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    @Operation(summary = "List handover records", description = "kind = ASSIGN, TRANSFER, LOAN or RETURN; q "
            + "searches the number, receiver, borrower and the assets' numbers and names; newest first; 20 per page. Lines come with one record.")
    ApiPage<HandoverJson> list(@ModelAttribute ListQuery query, @RequestParam(required = false) HandoverKind kind,
                                  CurrentUser me) {
        PageResult<AssetHandovers.Row> page = handovers.page(me.requireSchool(), query, kind);
        return ApiPage.of(page, r -> HandoverJson.of(r, texts.get(r.kind().messageKey()), null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "One handover record with its lines", description = "The asset office reads any; "
            + "anyone else only the records they signed for as custodian (others are 404).")
    HandoverJson get(@PathVariable long id, CurrentUser me) {
        return one(me, id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand assets over", description = "kind, handedOn, lines (assetNumber, and quantity to "
            + "hand over part of a batch card), the target (roomId, departmentId, classId, custodianStaffId; "
            + "borrower for a loan), receiverName and the receiver's signature as a data:image/png;base64 URL. "
            + "Each card moves at once; a rule broken on any line refuses the whole record with that line's field.")
    HandoverJson create(@Valid @RequestBody HandoverForm form, CurrentUser me) {
        return one(me, handovers.create(me.requireSchool(), me, form));
    }


    private HandoverJson one(CurrentUser me, long id) {
        AssetHandovers.Row row = handovers.readable(me, id).orElseThrow(() -> new NotFoundException("handover", id));
        return HandoverJson.of(row, texts.get(row.kind().messageKey()),
                handovers.lines(me.requireSchool(), id).stream().map(LineJson::of).toList());
    }
}
