package org.houqin.repairs.request;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.places.PlacesApi;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.Texts;
import org.houqin.platform.web.Times;
import org.houqin.repairs.Priority;
import org.houqin.repairs.category.CategoryService;
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

/** 报修单: the list everyone sees within their scope, the report form, a request's page and the Excel export. */
@Controller
@RequestMapping("/repairs")
class RepairController {


    private final Repairs requests;
    private final RepairReporting reporting;
    private final RepairPage page;
    private final CategoryService categories;
    private final PlacesApi places;
    private final Texts texts;

    private final Times times;

    RepairController(Repairs requests, RepairReporting reporting, RepairPage page, CategoryService categories,
                     PlacesApi places, Texts texts, Times times) {
        this.times = times;
        this.requests = requests;
        this.reporting = reporting;
        this.page = page;
        this.categories = categories;
        this.places = places;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:request:read')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) Repairs.View view,
                @RequestParam(required = false) Long category, @RequestParam(required = false) Priority priority,
                @RequestParam(defaultValue = "false") boolean mine, CurrentUser me, Model model,
                HttpServletRequest request) {
        long school = me.requireSchool();
        Repairs.Filter filter = new Repairs.Filter(view, category, priority, mine);
        model.addAttribute("page", requests.page(school, me, query, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("sortKey", query.sort() == null ? null : Repairs.SORTS.key(query));
        model.addAttribute("views", Repairs.View.values());
        model.addAttribute("categories", categories.all(school));
        model.addAttribute("priorities", Priority.values());
        return Htmx.view(request, "repairs/list");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    void export(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) Repairs.View view,
                @RequestParam(required = false) Long category, @RequestParam(required = false) Priority priority,
                @RequestParam(defaultValue = "false") boolean mine, CurrentUser me, HttpServletResponse response)
            throws IOException {
        String title = texts.get("repair.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.stream(response.getOutputStream(), title, List.of(
                new ExcelColumn<Repairs.Row>(texts.get("repair.number"), Repairs.Row::number),
                new ExcelColumn<>(texts.get("repair.reportedAt"), r -> times.full(r.reportedAt())),
                new ExcelColumn<>(texts.get("repair.place"), Repairs.Row::place),
                new ExcelColumn<>(texts.get("repair.category"), Repairs.Row::categoryName),
                new ExcelColumn<>(texts.get("repair.description"), Repairs.Row::description),
                new ExcelColumn<>(texts.get("repair.priority"), r -> texts.get(r.priority().messageKey())),
                new ExcelColumn<>(texts.get("repair.status"), r -> texts.get(r.status().messageKey())),
                new ExcelColumn<>(texts.get("repair.reporter"), Repairs.Row::reporterName),
                new ExcelColumn<>(texts.get("repair.assignee"),
                        r -> r.assigneeName() != null ? r.assigneeName() : r.contractor()),
                new ExcelColumn<>(texts.get("repair.dueAt"), r -> times.full(r.dueAt())),
                new ExcelColumn<>(texts.get("repair.finishedAt"),
                        r -> r.finishedAt() == null ? null : times.full(r.finishedAt())),
                new ExcelColumn<>(texts.get("repair.overdue"), r -> r.overdue() ? texts.get("common.yes") : null),
                new ExcelColumn<>(texts.get("repair.cost"), Repairs.Row::contractorCost),
                new ExcelColumn<>(texts.get("repair.rating"), Repairs.Row::rating)),
                each -> requests.forEach(me.requireSchool(), me, query,
                        new Repairs.Filter(view, category, priority, mine), each));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('repairs:request:report')")
    String reportForm(@RequestParam(required = false) Long room, @RequestParam(required = false) Long asset,
                      CurrentUser me, Model model) {
        ReportForm form = new ReportForm();
        form.setRoomId(room);
        reporting.asset(me, asset).ifPresent(a -> {
            form.setAssetId(a.id());
            form.setRoomId(room != null ? room : a.roomId());
        });
        return form(me, model, form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('repairs:request:report')")
    String report(@Valid @ModelAttribute("form") ReportForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        RepairReporting.Reporter reporter = new RepairReporting.Reporter(me.userId(), me.displayName(), null,
                me.departmentId(), null);
        String next = Forms.submit(errors, redirect, () -> reporting.report(me.requireSchool(), me, reporter, form,
                form.getPhotos()), id -> "/repairs/" + id, () -> form(me, model, form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "repair.flash.reported");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('repairs:request:read')")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        return page.show(model, me, page.visible(me, id));
    }

    private String form(CurrentUser me, Model model, ReportForm form) {
        long school = me.requireSchool();
        model.addAttribute("form", form);
        model.addAttribute("asset", reporting.asset(me, form.getAssetId()).orElse(null));
        model.addAttribute("categories", categories.active(school));
        PlacesApi.RoomRef room = form.getRoomId() == null ? null : places.room(school, form.getRoomId()).orElse(null);
        model.addAttribute("room", room);
        if (room == null) {
            model.addAttribute("rooms", places.rooms(school));
        }
        model.addAttribute("maxPhotos", RepairReporting.MAX_PHOTOS);
        return "repairs/report";
    }
}
