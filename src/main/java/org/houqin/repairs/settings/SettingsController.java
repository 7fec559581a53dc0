package org.houqin.repairs.settings;

import jakarta.validation.Valid;
import org.houqin.audit.AuditLog;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 报修设置: due hours per priority, the automatic close, reporting without an account. */
@Controller
@RequestMapping("/repairs/settings")
class SettingsController {

    private final RepairSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    SettingsController(RepairSettings settings, AuditLog audit, TransactionTemplate transaction) {
        this.settings = settings;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:settings:write')")
    String form(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.of(CurrentUser.get().requireSchool())));
        return "repairs/settings";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('repairs:settings:write')")
    String save(@Valid @ModelAttribute("form") SettingsForm form, BindingResult errors, RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> transaction.executeWithoutResult(status -> {
            RepairSettings.Settings before = settings.of(school);
            if (!settings.save(school, form)) {
                throw new OptimisticLockingFailureException("repair settings changed");
            }
            audit.changed("repairs", "settings", school, "UPDATE", before, settings.of(school));
        }), "/repairs/settings", () -> "repairs/settings");
    }
}
