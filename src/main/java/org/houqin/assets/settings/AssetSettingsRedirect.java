package org.houqin.assets.settings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 资产设置 moved to 系统设置; an old bookmark still lands there. */
@Controller
class AssetSettingsRedirect {

    @GetMapping("/assets/settings")
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String moved() {
        return "redirect:/settings#assets";
    }
}
