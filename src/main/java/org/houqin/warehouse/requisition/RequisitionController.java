package org.houqin.warehouse.requisition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.WarehousePermissions;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.report.ConsumptionQueries;
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
 * 领用: the list (mine, to issue, all I may see), the request form, a requisition's page with its approval and the
 * department's consumption, the requester's changes and withdrawal. Issuing and printing: {@link
 * RequisitionIssueController}.
 */
@Controller
@RequestMapping("/warehouse/requisitions")
class RequisitionController {

    static final String SEE = "hasAuthority('warehouse:requisition:request')"
            + " or hasAuthority('warehouse:requisition:read')";

    private final Requisitions requisitions;
    private final Catalogue catalogue;
    private final Approvals approvals;
    private final ConsumptionQueries consumption;
    private final OrganizationApi organization;
    private final Texts texts;
    private final SchoolClock clock;
    private final StoreStockQueries stock;
    private final RequisitionForms forms;

    RequisitionController(Requisitions requisitions, Catalogue catalogue, Approvals approvals,
                          ConsumptionQueries consumption, OrganizationApi organization, Texts texts,
                          SchoolClock clock, StoreStockQueries stock, RequisitionForms forms) {
        this.stock = stock;
        this.forms = forms;
        this.requisitions = requisitions;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.consumption = consumption;
        this.organization = organization;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(SEE)
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) RequisitionView view,
                @RequestParam(required = false) RequisitionStatus status, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        RequisitionView shown = view != null ? view : defaultView(me);
        model.addAttribute("page", requisitions.page(school, me, query, shown, status));
        model.addAttribute("view", shown);
        model.addAttribute("status", status);
        model.addAttribute("views", views(me));
        model.addAttribute("statuses", RequisitionStatus.values());
        model.addAttribute("departments", organization.departmentNames(school));
        return Htmx.view(request, "warehouse/requisitions");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(SEE)
    void export(CurrentUser me, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) RequisitionView view,
                @RequestParam(required = false) RequisitionStatus status, HttpServletResponse response)
            throws IOException {
        long school = me.requireSchool();
        List<RequisitionRow> rows = requisitions.all(school, me, query, view != null ? view : defaultView(me), status,
                10_000);
        Map<Long, String> departments = organization.departmentNames(school);
        String title = texts.get("requisition.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<RequisitionRow>(texts.get("requisition.number"), RequisitionRow::number),
                new ExcelColumn<>(texts.get("requisition.submittedAt"),
                        r -> clock.dateOf(r.submittedAt())),
                new ExcelColumn<>(texts.get("requisition.department"), r -> departments.get(r.departmentId())),
                new ExcelColumn<>(texts.get("requisition.requester"), RequisitionRow::requesterName),
                new ExcelColumn<>(texts.get("requisition.items"), RequisitionRow::summary),
                new ExcelColumn<>(texts.get("requisition.purpose"), RequisitionRow::purpose),
                new ExcelColumn<>(texts.get("requisition.estimate"), RequisitionRow::estimate),
                new ExcelColumn<>(texts.get("requisition.store"), RequisitionRow::storeName),
                new ExcelColumn<>(texts.get("requisition.status"),
                        r -> texts.get("requisition.status." + r.status().name()))), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    String createForm(CurrentUser me, @RequestParam(required = false) Long item, Model model) {
        long school = me.requireSchool();
        RequisitionForm form = new RequisitionForm();
        if (item != null) {
            catalogue.item(school, item).filter(Catalogue.Item::active).ifPresent(found -> {
                form.getLines().add(new RequisitionForm.Line(found.id(), null, null));
                form.setStoreId(forms.usualStore(school, found.id()));
            });
        }
        return form(model, school, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") RequisitionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        String next = Forms.submit(errors, redirect, () -> requisitions.create(school, me, form),
                id -> "/warehouse/requisitions/" + id, () -> form(model, school, form, null));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "requisition.flash.submitted");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize(SEE)
    String detail(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.visible(school, me, id);
        Approvals.Panel approval = approvals.panel(school, me, WarehouseDocuments.REQUISITION.code(), id);
        List<RequisitionLineRow> lines = requisitions.lines(school, id);
        model.addAttribute("requisition", row);
        model.addAttribute("lines", lines);
        model.addAttribute("approval", approval);
        model.addAttribute("issues", requisitions.issues(school, id));
        model.addAttribute("issued", requisitions.issuedLines(school, id));
        model.addAttribute("department", row.departmentId() == null ? null
                : organization.departmentNames(school).get(row.departmentId()));
        ConsumptionQueries.Terms terms = consumption.terms(school);
        model.addAttribute("terms", terms);
        model.addAttribute("usage", row.departmentId() == null ? Map.of() : consumption.ofDepartment(school,
                row.departmentId(), lines.stream().map(RequisitionLineRow::itemId).toList(), terms));
        model.addAttribute("mine", row.requesterUserId() == me.userId());
        model.addAttribute("canIssue", me.can(WarehousePermissions.REQUISITION_ISSUE));
        model.addAttribute("shortLines", row.status().open() ? StockShortage.count(lines) : 0);
        model.addAttribute("stock", stock.of(school, lines.stream().map(RequisitionLineRow::itemId).toList()));
        return "warehouse/requisition";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.own(school, me, id);
        if (row.status() != RequisitionStatus.RETURNED) {
            throw RuleViolation.of("requisition.state." + row.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        RequisitionForm form = new RequisitionForm();
        form.setStoreId(row.storeId());
        form.setPurpose(row.purpose());
        form.setNeededOn(row.neededOn());
        form.setVersion(row.version());
        for (RequisitionLineRow line : requisitions.lines(school, id)) {
            form.getLines().add(new RequisitionForm.Line(line.itemId(), line.quantity(), line.note()));
        }
        return form(model, school, form, row);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    String resubmit(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") RequisitionForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        RequisitionRow row = requisitions.own(school, me, id);
        String next = Forms.submit(errors, redirect, () -> requisitions.resubmit(school, me, id, form),
                "/warehouse/requisitions/" + id, () -> form(model, school, form, row));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "requisition.flash.submitted");
        }
        return next;
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    String withdraw(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        long school = me.requireSchool();
        requisitions.own(school, me, id);
        requisitions.withdraw(school, me, id, version);
        redirect.addFlashAttribute("flash", "requisition.flash.withdrawn");
        return "redirect:/warehouse/requisitions/" + id;
    }

    private static RequisitionView defaultView(CurrentUser me) {
        if (me.can(WarehousePermissions.REQUISITION_ISSUE)) {
            return RequisitionView.ISSUE;
        }
        return me.can(WarehousePermissions.REQUISITION_READ) ? RequisitionView.OPEN : RequisitionView.MINE;
    }

    private static List<RequisitionView> views(CurrentUser me) {
        List<RequisitionView> views = new ArrayList<>();
        if (me.can(WarehousePermissions.REQUISITION_ISSUE)) {
            views.add(RequisitionView.ISSUE);
        }
        if (me.can(WarehousePermissions.REQUISITION_READ)) {
            views.add(RequisitionView.OPEN);
        }
        views.add(RequisitionView.MINE);
        if (me.can(WarehousePermissions.REQUISITION_READ)) {
            views.add(RequisitionView.ALL);
        }
        return views;
    }

    private String form(Model model, long school, RequisitionForm form, RequisitionRow editing) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("stores", catalogue.activeStores(school));
        model.addAttribute("items", catalogue.activeItems(school));
        Map<Long, StoreStockQueries.ItemStock> held = stock.ofActiveItems(school);
        model.addAttribute("stock", held);
        model.addAttribute("shortLines", StockShortage.lines(form.getLines(), form.getStoreId(), held));
        return "warehouse/requisition-form";
    }
}
