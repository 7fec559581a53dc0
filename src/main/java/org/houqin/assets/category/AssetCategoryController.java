package org.houqin.assets.category;

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

/** 资产分类: the GB/T 14885 tree with its useful lives, where the 后勤主任 adds, renames and switches off categories. */
@Controller
@RequestMapping("/assets/categories")
class AssetCategoryController {

    private final AssetCategories categories;

    AssetCategoryController(AssetCategories categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String list(Model model, CurrentUser me) {
        model.addAttribute("categories", categories.treeWithCounts(me.requireSchool()));
        return "assets/categories";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String createForm(Model model) {
        model.addAttribute("form", new AssetCategoryForm());
        return "assets/category-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String create(@Valid @ModelAttribute("form") AssetCategoryForm form, BindingResult errors,
                  RedirectAttributes redirect, CurrentUser me) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> categories.create(school, form), id -> "/assets/categories",
                () -> "assets/category-form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String editForm(@PathVariable long id, Model model, CurrentUser me) {
        AssetCategories.Category category = find(me.requireSchool(), id);
        model.addAttribute("category", category);
        model.addAttribute("form", AssetCategoryForm.of(category));
        return "assets/category-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AssetCategoryForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, CurrentUser me) {
        model.addAttribute("category", find(me.requireSchool(), id));
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> categories.update(school, id, form), "/assets/categories",
                () -> "assets/category-form");
    }

    private AssetCategories.Category find(long school, long id) {
        return categories.find(school, id)
                .orElseThrow(() -> new NotFoundException("asset category", id));
    }
}
