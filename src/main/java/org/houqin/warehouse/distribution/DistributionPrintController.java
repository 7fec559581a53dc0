package org.houqin.warehouse.distribution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a plan prints: the A4 sign-off sheet of a class (or of every class of a grade, a page each, to sign on paper
 * when no tablet is at hand) with the signatures captured, the summary per grade, and the summary in Excel.
 */
@Controller
@RequestMapping("/warehouse/distributions/{id}")
class DistributionPrintController {

    /** One class's page: its list, its hand-overs with the signatures as data URIs, its returns. */
    record Sheet(Handovers.ClassRow row, List<Handovers.ClassLineRow> lines, List<Handovers.HandoverRow> handovers,
                 List<Handovers.MovedLine> handed, Map<Long, String> signatures, List<Handovers.ReturnRow> returns,
                 List<Handovers.MovedLine> returned) {
    }

    private final Distributions distributions;
    private final Handovers handovers;
    private final GradeSummaries summaries;
    private final Attachments attachments;
    private final PdfRenderer pdf;
    private final Texts texts;

    DistributionPrintController(Distributions distributions, Handovers handovers, GradeSummaries summaries,
                                Attachments attachments, PdfRenderer pdf, Texts texts) {
        this.distributions = distributions;
        this.handovers = handovers;
        this.summaries = summaries;
        this.attachments = attachments;
        this.pdf = pdf;
        this.texts = texts;
    }

    @GetMapping("/classes/{classId}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void classSheet(CurrentUser me, @PathVariable long id, @PathVariable long classId, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        Handovers.ClassRow row = handovers.classRow(school, id, classId);
        sheets(response, school, plan, List.of(row), plan.number() + "-" + row.className() + ".pdf");
    }

    @GetMapping("/sheets.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void gradeSheets(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long grade,
                     HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        List<Handovers.ClassRow> rows = handovers.classes(school, id, grade);
        if (rows.isEmpty()) {
            throw RuleViolation.of("distribution.sheets.none");
        }
        sheets(response, school, plan, rows, plan.number() + "-" + texts.get("distribution.sheets.file") + ".pdf");
    }

    @GetMapping("/summary.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void summaryPdf(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("summary", summaries.of(school, plan));
        pdf.print(response, school, "print/distribution-summary", model,
                plan.number() + "-" + texts.get("distribution.summary.file") + ".pdf");
    }

    @GetMapping("/summary.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void summaryExcel(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, id);
        String title = texts.get("distribution.summary.file");
        Downloads.excel(response, plan.number() + "-" + title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<GradeSummaries.SummaryRow>(texts.get("distribution.grade"),
                        GradeSummaries.SummaryRow::gradeName),
                new ExcelColumn<>(texts.get("item.code"), GradeSummaries.SummaryRow::code),
                new ExcelColumn<>(texts.get("item.name"), GradeSummaries.SummaryRow::name),
                new ExcelColumn<>(texts.get("item.specification"), GradeSummaries.SummaryRow::specification),
                new ExcelColumn<>(texts.get("item.unit"), GradeSummaries.SummaryRow::unit),
                new ExcelColumn<>(texts.get("distribution.perStudent"), GradeSummaries.SummaryRow::perStudent),
                new ExcelColumn<>(texts.get("distribution.extraPerClass"), GradeSummaries.SummaryRow::extraPerClass),
                new ExcelColumn<>(texts.get("distribution.classes"), GradeSummaries.SummaryRow::classes),
                new ExcelColumn<>(texts.get("distribution.students"), GradeSummaries.SummaryRow::students),
                new ExcelColumn<>(texts.get("distribution.required"), GradeSummaries.SummaryRow::required),
                new ExcelColumn<>(texts.get("distribution.issued"), GradeSummaries.SummaryRow::issued),
                new ExcelColumn<>(texts.get("distribution.shortage"), GradeSummaries.SummaryRow::shortage),
                new ExcelColumn<>(texts.get("distribution.waiting"), GradeSummaries.SummaryRow::waiting),
                new ExcelColumn<>(texts.get("distribution.returned"), GradeSummaries.SummaryRow::returned),
                new ExcelColumn<>(texts.get("distribution.net"), GradeSummaries.SummaryRow::net),
                new ExcelColumn<>(texts.get("distribution.value"), GradeSummaries.SummaryRow::value)),
                summaries.of(school, plan).rows());
    }

    private void sheets(HttpServletResponse response, long school, Distributions.Plan plan,
                        List<Handovers.ClassRow> rows, String fileName) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        for (Handovers.ClassRow row : rows) {
            List<Handovers.HandoverRow> signed = handovers.handovers(school, row.id());
            Map<Long, String> signatures = new HashMap<>();
            for (Handovers.HandoverRow handover : signed) {
                if (handover.signatureId() != null) {
                    attachments.find(school, handover.signatureId()).ifPresent(a -> signatures.put(handover.id(),
                            "data:image/png;base64," + Base64.getEncoder().encodeToString(attachments.content(a))));
                }
            }
            sheets.add(new Sheet(row, handovers.lines(school, row.id(), plan.storeId()), signed,
                    handovers.handedLines(school, row.id()), signatures, handovers.returns(school, row.id()),
                    handovers.returnedLines(school, row.id())));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("sheets", sheets);
        pdf.print(response, school, "print/distribution-sheets", model, fileName);
    }
}
