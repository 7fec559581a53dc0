package org.houqin.routines.record;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.houqin.platform.web.Times;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A record's photos and signature, its printed A4 form, and the list as an Excel file: for those who may see it. */
@Controller
@RequestMapping("/routines/records")
class RecordFileController {

    private final RecordPage page;
    private final RecordQueries records;
    private final RecordNames names;
    private final Attachments attachments;
    private final PdfRenderer pdf;
    private final Texts texts;
    private final Times times;

    RecordFileController(RecordPage page, RecordQueries records, RecordNames names, Attachments attachments,
                         PdfRenderer pdf, Texts texts, Times times) {
        this.page = page;
        this.records = records;
        this.names = names;
        this.attachments = attachments;
        this.pdf = pdf;
        this.texts = texts;
        this.times = times;
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize(RecordController.READ)
    void file(@PathVariable long id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumb,
              CurrentUser me, HttpServletResponse response) throws IOException {
        RecordPage.Detail detail = page.of(me, id);
        Attachments.Attachment file = RecordPage.ofRecord(detail, fileId)
                .flatMap(f -> attachments.find(me.requireSchool(), f))
                .orElseThrow(() -> new NotFoundException("routine record file", fileId));
        attachments.serve(response, file, thumb);
    }

    @GetMapping("/{id}/print.pdf")
    @PreAuthorize(RecordController.READ)
    void print(@PathVariable long id, CurrentUser me, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        RecordPage.Detail detail = page.of(me, id);
        Map<UUID, String> images = new HashMap<>();
        detail.lines().forEach(line -> {
            line.photos().forEach(p -> images.put(p, dataUri(school, p)));
            if (line.signature() != null) {
                images.put(line.signature(), dataUri(school, line.signature()));
            }
        });
        pdf.print(response, school, "routines/record-print", Map.of("detail", detail, "images", images),
                texts.get("routine.record.file", detail.record().templateName(), id) + ".pdf");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(RecordController.READ)
    void export(@ModelAttribute("query") ListQuery query, @Valid @ModelAttribute("filter") RecordFilter filter,
                BindingResult filterErrors, CurrentUser me, HttpServletResponse response) throws IOException {
        RecordNames.Names named = names.of(me.requireSchool());
        String title = texts.get("routine.record.title");
        RecordFilter used = filterErrors.hasErrors() ? new RecordFilter(null, null, null, null, null, null) : filter;
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.stream(response.getOutputStream(), title, List.of(
                new ExcelColumn<RecordQueries.Row>(texts.get("routine.record.submittedAt"),
                        r -> times.full(r.submittedAt())),
                new ExcelColumn<>(texts.get("routine.record.template"), RecordQueries.Row::templateName),
                new ExcelColumn<>(texts.get("routine.record.schedule"), RecordQueries.Row::scheduleName),
                new ExcelColumn<>(texts.get("routine.record.place"), r -> named.room(r.roomId())),
                new ExcelColumn<>(texts.get("routine.record.person"), r -> named.person(r.submittedBy())),
                new ExcelColumn<>(texts.get("routine.record.flagged"), RecordQueries.Row::flaggedCount),
                new ExcelColumn<>(texts.get("routine.record.hazards"), RecordQueries.Row::hazardCount),
                new ExcelColumn<>(texts.get("routine.record.late"), r -> r.late() ? texts.get("common.yes") : null),
                new ExcelColumn<>(texts.get("routine.record.corrected"),
                        r -> r.correction() ? texts.get("common.yes") : null)),
                each -> records.forEach(me, query, used, each));
    }

    private String dataUri(long school, UUID fileId) {
        // HEIC is kept as sent and shown by phones, but a PDF embeds only JPEG and PNG
        return attachments.find(school, fileId).filter(a -> !a.contentType().contains("hei"))
                .map(a -> "data:" + a.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(attachments.content(a))).orElse(null);
    }
}
