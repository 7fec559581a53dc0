package org.houqin.organization.staff;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.imports.ImportPage;
import org.houqin.platform.imports.ImportRuns;
import org.houqin.platform.imports.ImportWizard;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 导入教职工: the import kit's steps (upload, map the columns, check, done) at this module's URL and permission. */
@Controller
@RequestMapping("/org/staff/import")
class StaffImportController {

    private final ImportWizard<StaffForm> pages;

    StaffImportController(ImportRuns runs, StaffImport kind, MessageSource messages) {
        ImportPage page = new ImportPage("staff.import.title", "/org/staff", "staff.title",
                "/org/staff/import", "staff.import.intro", "organization/staff-import");
        this.pages = new ImportWizard<>(runs, kind, page, messages);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String start(Model model) {
        return pages.start(model);
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    void template(HttpServletResponse response) throws IOException {
        pages.template(response);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String upload(@RequestParam("file") MultipartFile file, Model model) {
        return pages.upload(file, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String mapping(@PathVariable UUID id, Model model) {
        return pages.mapping(id, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String run(@PathVariable UUID id, @RequestParam Map<String, String> params,
               @RequestParam(defaultValue = "false") boolean validOnly, Model model, RedirectAttributes redirect) {
        return pages.run(id, params, validOnly, model, redirect);
    }

    @GetMapping("/{id}/done")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    String done(@PathVariable UUID id, Model model) {
        return pages.done(id, model);
    }

    @GetMapping("/{id}/report.xlsx")
    @PreAuthorize("hasAuthority('organization:staff:write')")
    void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        pages.report(id, response);
    }
}
