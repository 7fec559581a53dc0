package org.houqin.warehouse.requisition;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.stock.StoreStockQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 领用 at the store: the storekeeper's issue form with the receiver's signature, closing what is left, the
 * signatures themselves, and the printed 领用单 with its issues and approval.
 */
@Controller
@RequestMapping("/warehouse/requisitions/{id}")
class RequisitionIssueController {

    private final Requisitions requisitions;
    private final Approvals approvals;
    private final Attachments attachments;
    private final OrganizationApi organization;
    private final PdfRenderer pdf;
    private final SchoolClock clock;

    private final RequisitionIssues issues;
    private final StoreStockQueries stock;

    RequisitionIssueController(Requisitions requisitions, Approvals approvals, Attachments attachments,
                               OrganizationApi organization, PdfRenderer pdf, SchoolClock clock, RequisitionIssues issues,
                               StoreStockQueries stock) {
        this.stock = stock;
        this.issues = issues;
        this.requisitions = requisitions;
        this.approvals = approvals;
        this.attachments = attachments;
        this.organization = organization;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/issue")
    @PreAuthorize("hasAuthority('warehouse:requisition:issue')")
    String issueForm(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.find(school, id);
        if (row.status() != RequisitionStatus.APPROVED && row.status() != RequisitionStatus.PARTIAL) {
            throw RuleViolation.of("requisition.state." + row.status().name().toLowerCase(Locale.ROOT));
        }
        IssueForm form = new IssueForm();
        form.setIssuedOn(clock.today());
        form.setReceiverName(row.requesterName());
        form.setVersion(row.version());
        List<RequisitionLineRow> lines = requisitions.lines(school, id);
        Map<Long, StoreStockQueries.ItemStock> held = stock.of(school, lines.stream().map(RequisitionLineRow::itemId).toList());
        for (RequisitionLineRow line : lines) {
            form.getLines().add(IssueSource.suggest(line, row.storeId(), held.get(line.itemId())));
        }
        return issueForm(model, school, form, row);
    }

    @PostMapping("/issue")
    @PreAuthorize("hasAuthority('warehouse:requisition:issue')")
    String issue(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") IssueForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.find(school, id);
        String next = Forms.submit(errors, redirect, () -> issues.issue(school, me, id, form),
                issueId -> Requisitions.link(id), () -> issueForm(model, school, form, row));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "requisition.flash.issued");
        }
        return next;
    }

    @PostMapping("/close")
    @PreAuthorize("hasAuthority('warehouse:requisition:issue')")
    String close(CurrentUser me, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            issues.close(me.requireSchool(), me, id, version, note);
            redirect.addFlashAttribute("flash", "requisition.flash.closed");
        } catch (RuleViolation e) {
            if (e.field() == null) {
                throw e;
            }
            redirect.addFlashAttribute("closeError", e.messageKey());
        }
        return "redirect:" + Requisitions.link(id);
    }

    @GetMapping("/signatures/{fileId}")
    @PreAuthorize(RequisitionController.SEE)
    void signature(CurrentUser me, @PathVariable long id, @PathVariable UUID fileId, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        requisitions.visible(school, me, id);
        Attachments.Attachment file = attachments.find(school, fileId)
                .filter(a -> a.ownerId() == id && "requisition".equals(a.ownerType()))
                .orElseThrow(() -> new NotFoundException("requisition file", fileId));
        attachments.serve(response, file, false);
    }

    @GetMapping("/print.pdf")
    @PreAuthorize(RequisitionController.SEE)
    void print(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.visible(school, me, id);
        List<IssueRow> issues = requisitions.issues(school, id);
        Map<Long, String> signatures = new HashMap<>();
        for (IssueRow issue : issues) {
            if (issue.signatureId() != null) {
                attachments.find(school, issue.signatureId()).ifPresent(a -> signatures.put(issue.id(),
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(attachments.content(a))));
            }
        }
        Map<String, Object> printModel = new HashMap<>();
        printModel.put("requisition", row);
        printModel.put("lines", requisitions.lines(school, id));
        printModel.put("issues", issues);
        printModel.put("issued", requisitions.issuedLines(school, id));
        printModel.put("signatures", signatures);
        printModel.put("approval", approvals.panel(school, me, WarehouseDocuments.REQUISITION.code(), id));
        printModel.put("department", row.departmentId() == null ? ""
                : organization.departmentNames(school).getOrDefault(row.departmentId(), ""));
        pdf.print(response, school, "print/requisition", printModel, row.number() + ".pdf");
    }

    private String issueForm(Model model, long school, IssueForm form, RequisitionRow row) {
        model.addAttribute("form", form);
        model.addAttribute("requisition", row);
        List<RequisitionLineRow> lines = requisitions.lines(school, row.id());
        model.addAttribute("lines", lines);
        model.addAttribute("stock", stock.of(school, lines.stream().map(RequisitionLineRow::itemId).toList()));
        return "warehouse/requisition-issue";
    }
}
