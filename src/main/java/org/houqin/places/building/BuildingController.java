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

    private final Buildings buildings;
    private final BuildingService service;

    BuildingController(Buildings buildings, BuildingService service) {
        this.buildings = buildings;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('places:room:read')")
    String list(Model model) {
        model.addAttribute("buildings", buildings.all(CurrentUser.get().requireSchool()));
        return "places/buildings";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('places:building:write')")
    String createForm(Model model) {
        BuildingForm form = new BuildingForm();
        form.setFloorsAbove(4);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('places:building:write')")
    String create(@Valid @ModelAttribute("form") BuildingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form),
                id -> "/places/rooms?building=" + id, () -> form(model, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('places:building:write')")
    String editForm(@PathVariable long id, Model model) {
        Buildings.Row row = find(id);
        return form(model, BuildingForm.of(row), row);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('places:building:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BuildingForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Buildings.Row row = find(id);
        return Forms.submit(errors, redirect, () -> service.update(CurrentUser.get().requireSchool(), id, form),
                "/places/buildings", () -> form(model, form, row));
    }

    private Buildings.Row find(long id) {
        return buildings.find(CurrentUser.get().requireSchool(), id)
                .orElseThrow(() -> new NotFoundException("building", id));
    }

    private String form(Model model, BuildingForm form, Buildings.Row row) {
        model.addAttribute("form", form);
        model.addAttribute("row", row);
        model.addAttribute("campuses", buildings.campuses(CurrentUser.get().requireSchool()));
        return "places/building-form";
    }
}
