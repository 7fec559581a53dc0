package org.houqin.assets.register;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.assets.AssetStatus;
import org.houqin.assets.category.AssetCategories;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Texts;
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

/** 资产台账: the register with its filters and export, the card form, a card's page with its history. */
@Controller
@RequestMapping("/assets")
class AssetController {

    static final int EXPORT_LIMIT = 100_000;

    private final Assets assets;
    private final AssetHistory history;
    private final AssetCategories categories;
    private final Locations locations;
    private final AssetSettings settings;
    private final Texts texts;
    private final Attachments attachments;

    private final SchoolClock clock;

    AssetController(Assets assets, AssetHistory history, AssetCategories categories, Locations locations,
                    AssetSettings settings, Texts texts, Attachments attachments, SchoolClock clock) {
        this.clock = clock;
        this.attachments = attachments;
        this.assets = assets;
        this.history = history;
        this.categories = categories;
        this.locations = locations;
        this.settings = settings;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String list(@ModelAttribute("query") ListQuery query, @ModelAttribute("filter") AssetFilterParams filter,
                Model model, HttpServletRequest request, CurrentUser me) {
        long school = me.requireSchool();
        PageResult<AssetRow> page = assets.page(school, me, query, filter.toFilter());
        model.addAttribute("page", page);
        model.addAttribute("names", locations.names(school, page.items().stream()
                .map(AssetRow::custodianStaffId).toList()));
        model.addAttribute("month", clock.thisMonth());
        model.addAttribute("rule", settings.startRule(school));
        model.addAttribute("sortKey", Assets.SORTS.key(query));
        if (Htmx.wantsTable(request)) {
            return "assets/assets :: table";
        }
        model.addAttribute("categories", categories.tree(school));
        model.addAttribute("choices", locations.choices(school));
        model.addAttribute("buildings", locations.buildings(school));
        model.addAttribute("statuses", AssetStatus.values());
        return "assets/assets";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void export(@ModelAttribute("query") ListQuery query, @ModelAttribute("filter") AssetFilterParams filter,
                HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        Locations.Names names = locations.names(school);
        YearMonth month = clock.thisMonth();
        Depreciation.StartRule rule = settings.startRule(school);
        Downloads.excel(response, "资产台账.xlsx");
        ExcelExport.stream(response.getOutputStream(), texts.get("asset.title"), List.of(
                new ExcelColumn<>(texts.get("asset.number"), AssetRow::number),
                new ExcelColumn<>(texts.get("asset.name"), AssetRow::name),
                new ExcelColumn<>(texts.get("asset.categoryCode"), AssetRow::categoryCode),
                new ExcelColumn<>(texts.get("asset.category"), AssetRow::categoryName),
                new ExcelColumn<>(texts.get("asset.model"), AssetRow::model),
                new ExcelColumn<>(texts.get("asset.brand"), AssetRow::brand),
                new ExcelColumn<>(texts.get("asset.serialNo"), AssetRow::serialNo),
                new ExcelColumn<>(texts.get("asset.supplier"), AssetRow::supplier),
                new ExcelColumn<>(texts.get("asset.purchasedOn"), AssetRow::purchasedOn),
                new ExcelColumn<>(texts.get("asset.quantity"), AssetRow::quantity),
                new ExcelColumn<>(texts.get("asset.unitValue"), AssetRow::unitValue),
                new ExcelColumn<>(texts.get("asset.value"), AssetRow::value),
                new ExcelColumn<>(texts.get("asset.accumulated"), a -> a.figures(month, rule).accumulated()),
                new ExcelColumn<>(texts.get("asset.net"), a -> a.figures(month, rule).net()),
                new ExcelColumn<>(texts.get("asset.fundingSource"),
                        a -> texts.get("asset.funding." + a.fundingSource().name())),
                new ExcelColumn<>(texts.get("asset.room"), a -> names.room(a.roomId())),
                new ExcelColumn<>(texts.get("asset.department"), a -> names.department(a.departmentId())),
                new ExcelColumn<>(texts.get("asset.class"), a -> names.schoolClass(a.classId())),
                new ExcelColumn<>(texts.get("asset.custodian"), a -> names.person(a.custodianStaffId())),
                new ExcelColumn<>(texts.get("asset.status"), a -> texts.get("asset.status." + a.status().name())),
                new ExcelColumn<>(texts.get("asset.warrantyUntil"), AssetRow::warrantyUntil),
                new ExcelColumn<>(texts.get("asset.powerKw"), AssetRow::powerKw),
                new ExcelColumn<>(texts.get("asset.note"), AssetRow::note)),
                each -> assets.forEach(school, me, query, filter.toFilter(), EXPORT_LIMIT, each));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String createForm(@RequestParam(required = false) Long room, Model model, CurrentUser me) {
        AssetForm form = new AssetForm();
        form.setPurchasedOn(assets.today());
        form.setRoomId(room);
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String create(@Valid @ModelAttribute("form") AssetForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> assets.register(me.requireSchool(), me, form),
                id -> "/assets/" + id, () -> form(me.requireSchool(), model, form, null));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "asset.flash.registered");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String detail(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        AssetRow asset = find(me, id);
        YearMonth month = clock.thisMonth();
        model.addAttribute("asset", asset);
        model.addAttribute("figures", asset.figures(month, settings.startRule(school)));
        model.addAttribute("month", month);
        model.addAttribute("names", locations.names(school, Stream.of(asset.custodianStaffId())
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("events", history.of(school, id));
        model.addAttribute("photos", attachments.of(school, AssetPhotoController.OWNER, id));
        model.addAttribute("statuses", Stream.of(AssetStatus.values()).filter(AssetStatus::settable).toList());
        return "assets/asset";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String editForm(@PathVariable long id, Model model, CurrentUser me) {
        AssetRow asset = find(me, id);
        return form(me.requireSchool(), model, AssetForm.of(asset), asset);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AssetForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, CurrentUser me) {
        AssetRow asset = find(me, id);
        String next = Forms.submit(errors, redirect, () -> assets.update(me.requireSchool(), me, id, form),
                "/assets/" + id, () -> form(me.requireSchool(), model, form, asset));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "asset.flash.saved");
        }
        return next;
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String status(@PathVariable long id, @RequestParam AssetStatus status, @RequestParam int version,
                  @RequestParam(required = false) String note, RedirectAttributes redirect, CurrentUser me) {
        assets.setStatus(me.requireSchool(), me, id, status, version, note);
        redirect.addFlashAttribute("flash", "asset.flash.saved");
        return "redirect:/assets/" + id;
    }

    @PostMapping("/{id}/split")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String split(@PathVariable long id, @RequestParam(required = false) Integer quantity, @RequestParam int version,
                 RedirectAttributes redirect, CurrentUser me) {
        long newId = assets.split(me.requireSchool(), me, id, quantity == null ? 0 : quantity, version);
        redirect.addFlashAttribute("flash", "asset.flash.split");
        return "redirect:/assets/" + newId;
    }

    private AssetRow find(CurrentUser me, long id) {
        return assets.find(me.requireSchool(), me, id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    private String form(long school, Model model, AssetForm form, AssetRow asset) {
        model.addAttribute("form", form);
        model.addAttribute("asset", asset);
        model.addAttribute("categories", categories.tree(school).stream()
                .filter(c -> c.active() || c.id() == (form.getCategoryId() == null ? -1 : form.getCategoryId()))
                .toList());
        model.addAttribute("choices", locations.choices(school));
        model.addAttribute("fundingSources", org.houqin.assets.FundingSource.values());
        return "assets/asset-form";
    }
}
