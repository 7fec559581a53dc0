package org.houqin.places.building;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 楼栋: the school's buildings; each opens its rooms floor by floor. */
@Controller
@RequestMapping("/places/buildings")
class BuildingController {

    private final BuildingService buildings;

    BuildingController(BuildingService buildings) {
        this.buildings = buildings;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('places:room:read')")
    String list(CurrentUser me, Model model) {
        model.addAttribute("buildings", buildings.all(me.requireSchool()));
        model.addAttribute("labelled", buildings.withRoomsInReach(me.requireSchool(), me.dataScope(), me.staffId()));
        return "places/buildings";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('places:building:write')")
    String createForm(CurrentUser me, Model model) {
        BuildingForm form = new BuildingForm();
        form.setFloorsAbove(4);
        return form(me.requireSchool(), model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('places:building:write')")
    String create(@Valid @ModelAttribute("form") BuildingForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> buildings.create(school, form),
                id -> "/places/rooms?building=" + id, () -> form(school, model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('places:building:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        long school = me.requireSchool();
        BuildingService.Row row = find(school, id);
        return form(school, model, BuildingForm.of(row), row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('places:building:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BuildingForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        BuildingService.Row row = find(school, id);
        return Forms.submit(errors, redirect, () -> buildings.update(school, id, form),
                "/places/buildings", () -> form(school, model, form, row));
    }

    private BuildingService.Row find(long school, long id) {
        return buildings.find(school, id).orElseThrow(() -> new NotFoundException("building", id));
    }

    private String form(long school, Model model, BuildingForm form, BuildingService.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("campuses", buildings.campuses(school));
        return "places/building-form";
    }
}
