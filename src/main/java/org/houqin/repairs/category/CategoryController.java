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

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String list(CurrentUser me, Model model) {
        model.addAttribute("categories", categories.all(me.requireSchool()));
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
    String create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, CurrentUser me,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> categories.create(school, form), id -> "/repairs/categories",
                () -> "repairs/category-form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String editForm(@PathVariable long id, CurrentUser me, Model model) {
        CategoryService.Category category = find(me.requireSchool(), id);
        model.addAttribute("category", category);
        model.addAttribute("form", CategoryForm.of(category));
        return "repairs/category-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('repairs:category:write')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult errors,
                  CurrentUser me, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        CategoryService.Category category = find(school, id);
        model.addAttribute("category", category);
        return Forms.submit(errors, redirect, () -> categories.update(school, id, form), "/repairs/categories",
                () -> "repairs/category-form");
    }

    private CategoryService.Category find(long school, long id) {
        return categories.find(school, id).orElseThrow(() -> new NotFoundException("repair category", id));
    }
}
