package org.houqin.warehouse.stocktake;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.pdf.PdfRenderer;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 盘点: the list, starting a count, the count sheet on a phone (all, uncounted, different), the printed and Excel
 * sheets, the Excel import of counts, submitting, and the stocktake report.
 */
@Controller
@RequestMapping("/warehouse/stocktakes")
class StocktakeController {

    private final Stocktakes stocktakes;
    private final Catalogue catalogue;
    private final Approvals approvals;
    private final PdfRenderer pdf;
    private final Texts texts;
    private final SchoolClock clock;

    StocktakeController(Stocktakes stocktakes, Catalogue catalogue, Approvals approvals, PdfRenderer pdf, Texts texts,
                        SchoolClock clock) {
        this.stocktakes = stocktakes;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.pdf = pdf;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query, Model model, HttpServletRequest request) {
        model.addAttribute("page", stocktakes.page(me.requireSchool(), query));
        return Htmx.view(request, "warehouse/stocktakes");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    String startForm(CurrentUser me, Model model) {
        StartForm form = new StartForm();
        form.setCountedOn(clock.today());
        return startForm(model, me.requireSchool(), form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    String start(CurrentUser me, @Valid @ModelAttribute("form") StartForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> stocktakes.start(school, me, form),
                id -> "/warehouse/stocktakes/" + id + "?show=uncounted", () -> startForm(model, school, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String detail(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String show, Model model) {
        long school = me.requireSchool();
        Stocktakes.Row row = stocktakes.find(school, id);
        List<Stocktakes.LineRow> lines = stocktakes.lines(school, id, show);
        CountForm form = new CountForm();
        form.setVersion(row.version());
        form.setShow(show);
        lines.forEach(line -> form.getLines().add(new CountForm.Line(line.id(), line.countedQuantity(), line.note())));
        model.addAttribute("stocktake", row);
        model.addAttribute("lines", lines);
        model.addAttribute("form", form);
        model.addAttribute("show", show == null ? "all" : show);
        model.addAttribute("approval", approvals.panel(school, me, WarehouseDocuments.STOCKTAKE.code(), id));
        return "warehouse/stocktake";
    }

    @PostMapping("/{id}/count")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    String count(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") CountForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        String back = "/warehouse/stocktakes/" + id + (form.getShow() == null ? "" : "?show=" + safeShow(form.getShow()));
        if (errors.hasErrors()) {
            model.addAttribute("stocktake", stocktakes.find(school, id));
            model.addAttribute("lines", stocktakes.lines(school, id, form.getShow()));
            model.addAttribute("show", form.getShow() == null ? "all" : form.getShow());
            model.addAttribute("approval", approvals.panel(school, me, WarehouseDocuments.STOCKTAKE.code(), id));
            return "warehouse/stocktake";
        }
        stocktakes.count(school, me, id, form);
        redirect.addFlashAttribute("flash", "stocktake.flash.counted");
        return "redirect:" + back;
    }

    @PostMapping("/{id}/import")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    String importCounts(CurrentUser me, @PathVariable long id, @RequestParam int version,
                        @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > org.houqin.platform.excel.ExcelImport.MAX_BYTES) {
                throw RuleViolation.of("import.error.unreadable");
            }
            int counted = stocktakes.importCounts(me.requireSchool(), me, id, version, file.getInputStream());
            redirect.addFlashAttribute("importedCount", counted);
            redirect.addFlashAttribute("flash", "stocktake.flash.imported");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("importError", texts.get(e.messageKey(), e.args()));
        }
        return "redirect:/warehouse/stocktakes/" + id;
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    String submit(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        stocktakes.submit(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "stocktake.flash.submitted");
        return "redirect:/warehouse/stocktakes/" + id;
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('warehouse:stocktake:write')")
    String cancel(CurrentUser me, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        stocktakes.cancel(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "stocktake.flash.cancelled");
        return "redirect:/warehouse/stocktakes/" + id;
    }

    /** The count sheet in Excel: code, name, book, then blank 实盘数量 and 备注 to fill in and import back. */
    @GetMapping("/{id}/sheet.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void sheet(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Stocktakes.Row row = stocktakes.find(school, id);
        Downloads.excel(response, row.number() + ".xlsx");
        ExcelExport.write(response.getOutputStream(), row.number(), List.of(
                new ExcelColumn<Stocktakes.LineRow>(Stocktakes.CODE, Stocktakes.LineRow::code),
                new ExcelColumn<>(texts.get("item.name"), Stocktakes.LineRow::name),
                new ExcelColumn<>(texts.get("item.specification"), Stocktakes.LineRow::specification),
                new ExcelColumn<>(texts.get("item.unit"), Stocktakes.LineRow::unit),
                new ExcelColumn<>(texts.get("stocktake.book"), Stocktakes.LineRow::bookQuantity),
                new ExcelColumn<>(Stocktakes.COUNTED, Stocktakes.LineRow::countedQuantity),
                new ExcelColumn<>(Stocktakes.NOTE, Stocktakes.LineRow::note),
                new ExcelColumn<>(texts.get("stocktake.difference"), Stocktakes.LineRow::difference),
                new ExcelColumn<>(texts.get("stocktake.differenceAmount"), Stocktakes.LineRow::differenceAmount)),
                stocktakes.lines(school, id, null));
    }

    /** The printed count sheet (blank), or with {@code report=true} the stocktake report with its differences. */
    @GetMapping("/{id}/print.pdf")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void print(CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "false") boolean report,
               HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Stocktakes.Row row = stocktakes.find(school, id);
        Map<String, Object> printModel = new HashMap<>();
        printModel.put("stocktake", row);
        printModel.put("lines", stocktakes.lines(school, id, report ? "different" : null));
        printModel.put("report", report);
        printModel.put("approval", approvals.panel(school, me, WarehouseDocuments.STOCKTAKE.code(), id));
        pdf.print(response, school, "print/stocktake", printModel,
                row.number() + (report ? "-report" : "-sheet") + ".pdf");
    }

    private static String safeShow(String show) {
        return "uncounted".equals(show) || "different".equals(show) ? show : "all";
    }

    private String startForm(Model model, long school, StartForm form) {
        model.addAttribute("form", form);
        model.addAttribute("stores", catalogue.activeStores(school));
        return "warehouse/stocktake-form";
    }
}
