package org.houqin.repairs.category;

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

/** 报修类别: the dictionary page, where the office adds, renames, reorders and switches off categories. */
@Controller
@RequestMapping("/repairs/categories")
class CategoryController {

    private final Categories categories;
    private final CategoryService service;

    CategoryController(Categories categories, CategoryService service) {
        this.categories = categories;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String list(Model model) {
        model.addAttribute("categories", categories.all(CurrentUser.get().requireSchool()));
        return "repairs/categories";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String createForm(Model model) {
        model.addAttribute("form", new CategoryForm());
        return "repairs/category-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.create(school, form), id -> "/repairs/categories",
                () -> "repairs/category-form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String editForm(@PathVariable long id, Model model) {
        Categories.Category category = find(id);
        model.addAttribute("category", category);
        model.addAttribute("form", CategoryForm.of(category));
        return "repairs/category-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Categories.Category category = find(id);
        model.addAttribute("category", category);
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> service.update(school, id, form), "/repairs/categories",
                () -> "repairs/category-form");
    }

    private Categories.Category find(long id) {
        return categories.find(CurrentUser.get().requireSchool(), id)
                .orElseThrow(() -> new NotFoundException("repair category", id));
    }
}
