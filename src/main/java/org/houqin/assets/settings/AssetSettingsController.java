package org.houqin.assets.settings;

import jakarta.validation.Valid;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 资产设置: when depreciation starts and the share of an asset's value a person pays for damage. */
@Controller
@RequestMapping("/assets/settings")
class AssetSettingsController {

    private final AssetSettings settings;

    AssetSettingsController(AssetSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("startRules")
    Depreciation.StartRule[] startRules() {
        return Depreciation.StartRule.values();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String form(Model model) {
        model.addAttribute("form", AssetSettingsForm.of(settings.of(CurrentUser.get().requireSchool())));
        return "assets/settings";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String save(@Valid @ModelAttribute("form") AssetSettingsForm form, BindingResult errors,
                RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> settings.update(school, form.getDepreciationStart(),
                form.getCompensationShare(), form.getVersion()), "/assets/settings", () -> "assets/settings");
    }
}
