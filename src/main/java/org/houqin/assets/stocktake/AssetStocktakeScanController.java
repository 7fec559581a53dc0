package org.houqin.assets.stocktake;

import java.util.List;

import jakarta.validation.Valid;
import org.houqin.assets.category.AssetCategories;
import org.houqin.assets.register.Locations;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
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
 * 扫码盘点 on the team's phones: the scan page of a room, a scan with the question it may ask (which room is right,
 * how many of a batch card), finishing a room, and 盘盈 registration. Every step says what it did in a message under
 * the scan field.
 */
@Controller
@RequestMapping("/assets/stocktakes")
class AssetStocktakeScanController {

    private final AssetStocktakes stocktakes;
    private final AssetStocktakeScans scans;
    private final AssetCategories categories;
    private final Locations locations;

    AssetStocktakeScanController(AssetStocktakes stocktakes, AssetStocktakeScans scans, AssetCategories categories,
                                 Locations locations) {
        this.stocktakes = stocktakes;
        this.scans = scans;
        this.categories = categories;
        this.locations = locations;
    }

    @GetMapping("/{id}/scan")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String scanPage(@PathVariable long id, @RequestParam(required = false) Long room, Model model, CurrentUser me) {
        long school = me.requireSchool();
        model.addAttribute("campaign", stocktakes.visible(school, me, id));
        model.addAttribute("room", room);
        if (room != null) {
            Locations.Names names = locations.names(school, List.of());
            model.addAttribute("roomName", names.room(room));
            model.addAttribute("names", names);
            model.addAttribute("open", stocktakes.openIn(school, id, room));
            model.addAttribute("scanned", stocktakes.scannedIn(school, id, room, 50));
            model.addAttribute("progress", stocktakes.rooms(school, id).stream()
                    .filter(p -> room.equals(p.roomId())).findFirst().orElse(null));
        }
        return "assets/stocktake-scan";
    }

    @PostMapping("/{id}/scan")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String scan(@PathVariable long id, @RequestParam(required = false) Long room,
                @RequestParam(required = false) String code, @RequestParam(required = false) String counted,
                @RequestParam(defaultValue = "false") boolean moveHere, RedirectAttributes redirect, CurrentUser me) {
        Scan scan = scans.scan(me.requireSchool(), me, id, room, code, quantity(counted), moveHere);
        redirect.addFlashAttribute("scanKey", scan.messageKey());
        redirect.addFlashAttribute("scanArgs", scan.args());
        redirect.addFlashAttribute("scanGood", scan.good());
        redirect.addFlashAttribute("prompt", scan.prompt());
        return "redirect:/assets/stocktakes/" + id + "/scan" + (scan.roomId() == null ? "" : "?room=" + scan.roomId());
    }

    /** The quantity typed for a batch card: none when not asked, and a number out of range when not a number. */
    private static Integer quantity(String counted) {
        if (counted == null || counted.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(counted.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PostMapping("/{id}/rooms/{room}/finish")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String finishRoom(@PathVariable long id, @PathVariable long room, RedirectAttributes redirect, CurrentUser me) {
        long missing = scans.finishRoom(me.requireSchool(), me, id, room);
        redirect.addFlashAttribute("scanKey", "assetStocktake.scan.roomFinished");
        redirect.addFlashAttribute("scanArgs", new Object[] {missing});
        redirect.addFlashAttribute("scanGood", missing == 0);
        return "redirect:/assets/stocktakes/" + id + "/scan";
    }

    @GetMapping("/{id}/extras/new")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String extraForm(@PathVariable long id, @RequestParam(required = false) Long room, Model model, CurrentUser me) {
        ExtraForm form = new ExtraForm();
        form.setRoomId(room);
        return extraForm(me.requireSchool(), model, stocktakes.visible(me.requireSchool(), me, id), form);
    }

    @PostMapping("/{id}/extras")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    String addExtra(@PathVariable long id, @Valid @ModelAttribute("form") ExtraForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        CampaignRow campaign = stocktakes.visible(school, me, id);
        String next = Forms.submit(errors, redirect, () -> scans.addExtra(school, me, id, form),
                extra -> "/assets/stocktakes/" + id + "/scan?room=" + form.getRoomId(),
                () -> extraForm(me.requireSchool(), model, campaign, form));
        if (next.startsWith("redirect:")) {
            redirect.addFlashAttribute("scanKey", "assetStocktake.scan.extra");
            redirect.addFlashAttribute("scanArgs", new Object[] {form.getName()});
            redirect.addFlashAttribute("scanGood", true);
        }
        return next;
    }

    private String extraForm(long school, Model model, CampaignRow campaign, ExtraForm form) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("rooms", locations.choices(school).rooms());
        model.addAttribute("categories", categories.tree(school).stream().filter(AssetCategories.Category::active).toList());
        return "assets/stocktake-extra";
    }
}
