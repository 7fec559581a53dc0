package org.houqin.assets.label;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.assets.register.AssetFilterParams;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.RuleViolation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** 资产标签 over the API: the QR label sheet of the cards named, as the label page prints it. */
@RestController
@Tag(name = "Asset labels", description = "资产标签")
class AssetLabelEndpoint {

    private final AssetLabels labels;

    AssetLabelEndpoint(AssetLabels labels) {
        this.labels = labels;
    }

    @GetMapping("/api/v1/asset-labels.pdf")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    @Operation(summary = "Asset labels as a PDF", description = "The cards: ids (repeat the parameter), or else the "
            + "register's search and filters (q, category, building, room, department, schoolClass, custodian, "
            + "status; sort and dir as the register, by number unless asked), within the caller's scope, at most "
            + "2,000. The stock: stock = A4_3X8 (default), A4_2X7, THERMAL_50X30 or CUSTOM with columns, rows, "
            + "labelWidth, labelHeight, marginTop, marginLeft, gapX, gapY in millimetres (the grid must fit on A4); "
            + "skip = positions already used on a partly used sheet. A refused measure is 400 at its field; no card "
            + "found is 409 assetLabel.none, too many 409 assetLabel.tooMany.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    void pdf(@ParameterObject @ModelAttribute LabelSelection selection,
             @ParameterObject @ModelAttribute AssetFilterParams filter,
             @ParameterObject @Valid @ModelAttribute("sheet") LabelSheetForm sheet, BindingResult errors,
             CurrentUser me, HttpServletResponse response) throws BindException, IOException {
        sheet.check(errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        long school = me.requireSchool();
        AssetLabels.Selection chosen = labels.select(school, me, selection, filter.toFilter());
        if (chosen.rows().isEmpty()) {
            throw RuleViolation.of("assetLabel.none");
        }
        if (chosen.tooMany()) {
            throw RuleViolation.of("assetLabel.tooMany", AssetLabels.LIMIT);
        }
        byte[] pdf = labels.pdf(school, chosen.rows(), sheet);
        Downloads.pdf(response, "资产标签.pdf");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
