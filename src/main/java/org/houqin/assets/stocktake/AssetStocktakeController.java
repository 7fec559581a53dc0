package org.houqin.assets.stocktake;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.approval.Approvals;
import org.houqin.assets.AssetDocuments;
import org.houqin.assets.category.AssetCategories;
import org.houqin.assets.compensation.AssetCompensations;
import org.houqin.assets.register.Locations;
import org.houqin.iam.IamApi;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
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

/**
 * 清查盘点: the campaigns, a campaign's progress board, and the report with the approval of the differences. The
 * team's phone pages: {@link AssetStocktakeScanController}.
 */
@Controller
@RequestMapping("/assets/stocktakes")
class AssetStocktakeController {

    private final AssetStocktakes stocktakes;
    private final AssetCategories categories;
    private final Locations locations;
    private final Approvals approvals;
    private final IamApi iam;
    private final Texts texts;
    private final AssetCompensations compensations;

    AssetStocktakeController(AssetStocktakes stocktakes, AssetCategories categories, Locations locations,
                             Approvals approvals, IamApi iam, Texts texts, AssetCompensations compensations) {
        this.compensations = compensations;
        this.stocktakes = stocktakes;
        this.categories = categories;
        this.locations = locations;
        this.approvals = approvals;
        this.iam = iam;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String list(Model model, CurrentUser me) {
        model.addAttribute("campaigns", stocktakes.list(me.requireSchool(), me));
        return "assets/stocktakes";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    String createForm(Model model, CurrentUser me) {
        return form(me.requireSchool(), model, new AssetStocktakeForm());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    String create(@Valid @ModelAttribute("form") AssetStocktakeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser me) {
        String next = Forms.submit(errors, redirect, () -> stocktakes.start(me.requireSchool(), me, form),
                id -> "/assets/stocktakes/" + id, () -> form(me.requireSchool(), model, form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", "assetStocktake.flash.started");
        }
        return next;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String board(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        model.addAttribute("campaign", stocktakes.visible(school, me, id));
        model.addAttribute("rooms", stocktakes.rooms(school, id));
        model.addAttribute("members", stocktakes.members(school, id).values());
        return "assets/stocktake";
    }

    @PostMapping("/{id}/finish")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    String finish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect, CurrentUser me) {
        stocktakes.finishCount(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "assetStocktake.flash.counted");
        return "redirect:/assets/stocktakes/" + id + "/report";
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    String reopen(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect, CurrentUser me) {
        stocktakes.reopen(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "assetStocktake.flash.reopened");
        return "redirect:/assets/stocktakes/" + id;
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect, CurrentUser me) {
        stocktakes.submit(me.requireSchool(), me, id, version);
        redirect.addFlashAttribute("flash", "assetStocktake.flash.submitted");
        return "redirect:/assets/stocktakes/" + id + "/report";
    }

    @GetMapping("/{id}/report")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String report(@PathVariable long id, Model model, CurrentUser me) {
        long school = me.requireSchool();
        CampaignRow campaign = stocktakes.visible(school, me, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("names", locations.names(school, List.of()));
        List<ItemRow> missing = stocktakes.items(school, id, CountResult.MISSING);
        model.addAttribute("missing", missing);
        model.addAttribute("cases", compensations.casesOfStocktakeItems(school,
                missing.stream().map(ItemRow::id).toList()));
        model.addAttribute("misplaced", stocktakes.items(school, id, CountResult.MISPLACED));
        model.addAttribute("partlyLost", stocktakes.partlyLost(school, id));
        model.addAttribute("extras", stocktakes.extras(school, id));
        model.addAttribute("missingValue", stocktakes.missingValue(id));
        model.addAttribute("approval", approvals.panel(school, me, AssetDocuments.STOCKTAKE.code(), id));
        return "assets/stocktake-report";
    }

    @GetMapping("/{id}/report.xlsx")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    void export(@PathVariable long id, HttpServletResponse response, CurrentUser me) throws IOException {
        long school = me.requireSchool();
        CampaignRow campaign = stocktakes.visible(school, me, id);
        Locations.Names names = locations.names(school, List.of());
        List<ItemRow> rows = new java.util.ArrayList<>(stocktakes.items(school, id, CountResult.MISSING));
        rows.addAll(stocktakes.items(school, id, CountResult.MISPLACED));
        Downloads.excel(response, campaign.number() + ".xlsx");
        ExcelExport.write(response.getOutputStream(), texts.get("assetStocktake.differences"), List.of(
                new ExcelColumn<>(texts.get("asset.number"), ItemRow::number),
                new ExcelColumn<>(texts.get("asset.name"), ItemRow::name),
                new ExcelColumn<>(texts.get("asset.model"), ItemRow::model),
                new ExcelColumn<>(texts.get("asset.quantity"), ItemRow::quantity),
                new ExcelColumn<>(texts.get("asset.value"), ItemRow::value),
                new ExcelColumn<>(texts.get("assetStocktake.result"),
                        i -> texts.get("assetStocktake.result." + i.result().name())),
                new ExcelColumn<>(texts.get("assetStocktake.expectedRoom"), i -> names.room(i.expectedRoomId())),
                new ExcelColumn<>(texts.get("assetStocktake.foundRoom"), i -> names.room(i.foundRoomId())),
                new ExcelColumn<>(texts.get("assetStocktake.scannedBy"), ItemRow::scannedByName)),
                rows);
    }

    private String form(long school, Model model, AssetStocktakeForm form) {
        model.addAttribute("form", form);
        model.addAttribute("buildings", locations.buildings(school));
        model.addAttribute("departments", locations.choices(school).departments());
        model.addAttribute("categories", categories.tree(school).stream().filter(c -> c.parentId() == null).toList());
        model.addAttribute("users", iam.users(school));
        return "assets/stocktake-form";
    }
}
