package org.houqin.assets.label;

import jakarta.validation.Valid;
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
    String page(@ModelAttribute("selection") LabelSelection selection, @ModelAttribute("sheet") LabelSheetForm sheet,
                Model model) {
        CurrentUser me = CurrentUser.get();
        long school = me.requireSchool();
        return page(model, school, selection, labels.select(school, me, selection));
    }

    @GetMapping("/labels.pdf")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    ModelAndView pdf(@ModelAttribute("selection") LabelSelection selection,
                     @Valid @ModelAttribute("sheet") LabelSheetForm sheet, BindingResult errors, Model model) {
        CurrentUser me = CurrentUser.get();
        long school = me.requireSchool();
        AssetLabels.Selection chosen = labels.select(school, me, selection);
        sheet.check(errors);
        if (errors.hasErrors() || chosen.rows().isEmpty() || chosen.tooMany()) {
            return new ModelAndView(page(model, school, selection, chosen));
        }
        byte[] pdf = labels.pdf(school, chosen.rows(), sheet);
        View file = (attributes, request, response) -> {
            Downloads.pdf(response, "资产标签.pdf");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        };
        return new ModelAndView(file);
    }

    private String page(Model model, long school, LabelSelection selection, AssetLabels.Selection chosen) {
        model.addAttribute("count", chosen.rows().size());
        model.addAttribute("tooMany", chosen.tooMany());
        model.addAttribute("limit", AssetLabels.LIMIT);
        model.addAttribute("preview", chosen.rows().stream().limit(6).toList());
        model.addAttribute("roomName", selection.getRoom() == null ? null
                : locations.names(school, java.util.List.of()).room(selection.getRoom()));
        model.addAttribute("stocks", LabelStock.values());
        return "assets/asset-labels";
    }
}
