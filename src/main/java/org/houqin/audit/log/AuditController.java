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
    private final org.houqin.platform.web.Texts texts;

    AuditController(AuditEntries entries, org.houqin.platform.web.Texts texts) {
        this.entries = entries;
        this.texts = texts;
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('audit:log:read')")
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = entries.all(CurrentUser.get().requireSchool(), query, new AuditEntries.Filter(action, from, to));
        org.houqin.platform.web.Downloads.excel(response, texts.get("audit.title") + ".xlsx");
        org.houqin.platform.excel.ExcelExport.write(response.getOutputStream(), texts.get("audit.title"), java.util.List.of(
                new org.houqin.platform.excel.ExcelColumn<AuditEntries.Entry>(texts.get("audit.at"), AuditEntries.Entry::at),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.user"), AuditEntries.Entry::username),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.ip"), AuditEntries.Entry::ip),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.what"),
                        e -> e.module() + "/" + e.entity() + (e.entityId() == null ? "" : "#" + e.entityId())),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.action"), AuditEntries.Entry::action),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.before"), AuditEntries.Entry::beforeData),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.after"), AuditEntries.Entry::afterData),
                new org.houqin.platform.excel.ExcelColumn<>(texts.get("audit.details"), AuditEntries.Entry::detail)), rows);
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
