package org.houqin.repairs.settings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 报修设置 moved to 系统设置; an old bookmark still lands there. */
@Controller
class RepairSettingsRedirect {

    @GetMapping("/repairs/settings")
    @PreAuthorize("hasAuthority('repairs:settings:write')")
    String moved() {
        return "redirect:/settings#repairs";
    }
}
