package org.houqin.assets.label;

import jakarta.validation.Valid;
import org.houqin.assets.register.AssetFilterParams;
import org.houqin.assets.register.Locations;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * 打印资产标签: a page that says how many labels the cards named (by id, by the register's filters, or by room) make
 * and lets the keeper choose the label stock; then the PDF. A stock that does not fit is answered at its fields.
 */
@Controller
@RequestMapping("/assets")
class AssetLabelController {

    private final AssetLabels labels;
    private final Locations locations;

    AssetLabelController(AssetLabels labels, Locations locations) {
        this.labels = labels;
        this.locations = locations;
    }

    @GetMapping("/labels")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String page(@ModelAttribute("selection") LabelSelection selection,
                @ModelAttribute("filter") AssetFilterParams filter,
                @ModelAttribute("sheet") LabelSheetForm sheet, CurrentUser me, Model model) {
        long school = me.requireSchool();
        return page(model, school, filter, labels.select(school, me, selection, filter.toFilter()));
    }

    @GetMapping("/labels.pdf")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    ModelAndView pdf(@ModelAttribute("selection") LabelSelection selection,
                     @ModelAttribute("filter") AssetFilterParams filter,
                     @Valid @ModelAttribute("sheet") LabelSheetForm sheet, BindingResult errors, CurrentUser me,
                     Model model) {
        long school = me.requireSchool();
        AssetLabels.Selection chosen = labels.select(school, me, selection, filter.toFilter());
        sheet.check(errors);
        if (errors.hasErrors() || chosen.rows().isEmpty() || chosen.tooMany()) {
            return new ModelAndView(page(model, school, filter, chosen));
        }
        byte[] pdf = labels.pdf(school, chosen.rows(), sheet);
        View file = (attributes, request, response) -> {
            Downloads.pdf(response, "资产标签.pdf");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        };
        return new ModelAndView(file);
    }

    private String page(Model model, long school, AssetFilterParams filter, AssetLabels.Selection chosen) {
        model.addAttribute("count", chosen.rows().size());
        model.addAttribute("tooMany", chosen.tooMany());
        model.addAttribute("limit", AssetLabels.LIMIT);
        model.addAttribute("preview", chosen.rows().stream().limit(6).toList());
        model.addAttribute("roomName", filter.room() == null ? null
                : locations.names(school, java.util.List.of()).room(filter.room()));
        model.addAttribute("stocks", LabelStock.values());
        return "assets/asset-labels";
    }
}
