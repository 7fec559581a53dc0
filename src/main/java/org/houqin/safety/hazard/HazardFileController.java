package org.houqin.safety.hazard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PlausibleDate;
import org.houqin.platform.web.Texts;
import org.houqin.platform.web.Times;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A hazard's photos, its printed 整改通知书 and 重大隐患报告 (A4), and the register's Excel export: only for those who
 * may see the hazards.
 */
@Controller
@Validated
@RequestMapping("/safety/hazards")
class HazardFileController {

    private static final Set<String> OWNER_TYPES = Set.of("hazard", "hazard-after");

    private final Hazards hazards;
    private final Attachments attachments;
    private final PdfRenderer pdf;
    private final Texts texts;
    private final Times times;

    HazardFileController(Hazards hazards, Attachments attachments, PdfRenderer pdf, Texts texts, Times times) {
        this.hazards = hazards;
        this.attachments = attachments;
        this.pdf = pdf;
        this.texts = texts;
        this.times = times;
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    void file(@PathVariable long id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumb,
              CurrentUser me, HttpServletResponse response) throws IOException {
        hazards.visible(me, id);
        Attachments.Attachment file = attachments.find(me.requireSchool(), fileId)
                .filter(a -> a.ownerId() == id && OWNER_TYPES.contains(a.ownerType()))
                .orElseThrow(() -> new NotFoundException("hazard file", fileId));
        attachments.serve(response, file, thumb);
    }

    @GetMapping("/{id}/notice.pdf")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    void notice(@PathVariable long id, CurrentUser me, HttpServletResponse response) throws IOException {
        HazardRow hazard = hazards.visible(me, id);
        pdf.print(response, me.requireSchool(), "safety/hazard-notice-print", Map.of("hazard", hazard),
                hazard.number() + "-整改通知书.pdf");
    }

    @GetMapping("/{id}/bureau.pdf")
    @PreAuthorize("hasAuthority('safety:hazard:manage')")
    void bureau(@PathVariable long id, CurrentUser me, HttpServletResponse response) throws IOException {
        HazardRow hazard = hazards.visible(me, id);
        if (!hazard.severe()) {
            throw new NotFoundException("bureau report", id);
        }
        pdf.print(response, me.requireSchool(), "safety/hazard-bureau-print", Map.of("hazard", hazard),
                hazard.number() + "-重大隐患报告.pdf");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('safety:hazard:read')")
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) HazardStatus status,
                @RequestParam(required = false) HazardLevel level,
                @RequestParam(required = false) HazardCategory category, @RequestParam(required = false) Long room,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
                LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
                LocalDate to,
                @RequestParam(defaultValue = "false") boolean overdue, CurrentUser me, HttpServletResponse response)
            throws IOException {
        String title = texts.get("hazard.register");
        Downloads.excel(response, title + ".xlsx");
        Hazards.Filter filter = new Hazards.Filter(status, level, category, room, from, to, overdue);
        ExcelExport.stream(response.getOutputStream(), title, columns(),
                each -> hazards.forEach(me, query, filter, each));
    }

    private List<ExcelColumn<HazardRow>> columns() {
        return List.of(
                new ExcelColumn<HazardRow>(texts.get("hazard.number"), HazardRow::number),
                new ExcelColumn<>(texts.get("hazard.reportedAt"), h -> times.full(h.reportedAt())),
                new ExcelColumn<>(texts.get("hazard.place"), HazardRow::place),
                new ExcelColumn<>(texts.get("hazard.level"), h -> texts.get(h.levelKey())),
                new ExcelColumn<>(texts.get("hazard.category"), h -> texts.get(h.category().messageKey())),
                new ExcelColumn<>(texts.get("hazard.description"), HazardRow::description),
                new ExcelColumn<>(texts.get("hazard.status"), h -> texts.get(h.status().messageKey())),
                new ExcelColumn<>(texts.get("hazard.reporter"), HazardRow::reportedByName),
                new ExcelColumn<>(texts.get("hazard.assignee"), HazardRow::assigneeName),
                new ExcelColumn<>(texts.get("hazard.dueAt"), h -> h.dueAt() == null ? null : times.full(h.dueAt())),
                new ExcelColumn<>(texts.get("hazard.measures"), HazardRow::measures),
                new ExcelColumn<>(texts.get("hazard.cost"), HazardRow::cost),
                new ExcelColumn<>(texts.get("hazard.checkedBy"), HazardRow::checkedByName),
                new ExcelColumn<>(texts.get("hazard.closedAt"),
                        h -> h.closedAt() == null ? null : times.full(h.closedAt())),
                new ExcelColumn<>(texts.get("hazard.overdue"), h -> h.overdue() ? texts.get("common.yes") : null));
    }
}
