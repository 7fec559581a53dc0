package org.houqin.audit.log;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 操作日志: who did what, when and from where, searchable by the school's administrator. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:log:read')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, HttpServletRequest request) {
        long school = CurrentUser.get().requireSchool();
        AuditEntries.Filter filter = new AuditEntries.Filter(action, from, to);
        model.addAttribute("page", entries.page(school, query, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("actions", entries.actions(school));
        return Htmx.view(request, "audit/log");
    }
}
