package org.houqin.audit.log;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
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

    private final AuditLogQueries entries;
    private final org.houqin.platform.web.Texts texts;

    AuditController(AuditLogQueries entries, org.houqin.platform.web.Texts texts) {
        this.entries = entries;
        this.texts = texts;
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('audit:log:read')")
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                CurrentUser me, HttpServletResponse response) throws IOException {
        String title = texts.get("audit.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.stream(response.getOutputStream(), title,
                List.of(new ExcelColumn<AuditLogQueries.Entry>(texts.get("audit.at"), AuditLogQueries.Entry::at),
                        new ExcelColumn<>(texts.get("audit.user"), AuditLogQueries.Entry::username),
                        new ExcelColumn<>(texts.get("audit.ip"), AuditLogQueries.Entry::ip),
                        new ExcelColumn<>(texts.get("audit.what"),
                                e -> e.module() + "/" + e.entity() + (e.entityId() == null ? "" : "#" + e.entityId())),
                        new ExcelColumn<>(texts.get("audit.action"), AuditLogQueries.Entry::action),
                        new ExcelColumn<>(texts.get("audit.before"), AuditLogQueries.Entry::beforeData),
                        new ExcelColumn<>(texts.get("audit.after"), AuditLogQueries.Entry::afterData),
                        new ExcelColumn<>(texts.get("audit.details"), AuditLogQueries.Entry::detail)),
                each -> entries.forEach(me.requireSchool(), query, new AuditLogQueries.Filter(action, from, to), each));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:log:read')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                CurrentUser me, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        AuditLogQueries.Filter filter = new AuditLogQueries.Filter(action, from, to);
        model.addAttribute("page", entries.page(school, query, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("actions", entries.actions(school));
        return Htmx.view(request, "audit/log");
    }
}
