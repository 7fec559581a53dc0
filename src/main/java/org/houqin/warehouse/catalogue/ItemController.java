package org.houqin.warehouse.catalogue;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
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

/** 物品目录: the catalogue list with search and category filter, the item form, the Excel export. */
@Controller
@RequestMapping("/warehouse/items")
class ItemController {

    private final Catalogue catalogue;
    private final Texts texts;

    ItemController(Catalogue catalogue, Texts texts) {
        this.catalogue = catalogue;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long category,
                Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        model.addAttribute("page", catalogue.page(school, query, category));
        model.addAttribute("category", category);
        model.addAttribute("categories", catalogue.categories(school));
        model.addAttribute("sortKey", Catalogue.SORTS.key(query));
        return Htmx.view(request, "warehouse/items");
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void export(CurrentUser me, @ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long category,
                HttpServletResponse response) throws IOException {
        List<Catalogue.Row> rows = catalogue.all(me.requireSchool(), query, category);
        String title = texts.get("item.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<Catalogue.Row>(texts.get("item.code"), Catalogue.Row::code),
                new ExcelColumn<>(texts.get("item.name"), Catalogue.Row::name),
                new ExcelColumn<>(texts.get("item.specification"), Catalogue.Row::specification),
                new ExcelColumn<>(texts.get("item.unit"), Catalogue.Row::unit),
                new ExcelColumn<>(texts.get("item.category"), Catalogue.Row::categoryName),
                new ExcelColumn<>(texts.get("item.reorderPoint"), Catalogue.Row::reorderPoint),
                new ExcelColumn<>(texts.get("item.store"), Catalogue.Row::storeName),
                new ExcelColumn<>(texts.get("item.active"), r -> texts.get(r.active() ? "common.yes" : "common.no"))),
                rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String createForm(CurrentUser me, Model model) {
        return form(model, me.requireSchool(), new ItemForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") ItemForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> catalogue.addItem(school, form), id -> "/warehouse/items",
                () -> form(model, school, form, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        Catalogue.Item item = find(school, id);
        return form(model, school, ItemForm.of(item), item);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String update(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") ItemForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        Catalogue.Item item = find(school, id);
        return Forms.submit(errors, redirect, () -> catalogue.updateItem(school, id, form), "/warehouse/items",
                () -> form(model, school, form, item));
    }

    private Catalogue.Item find(long school, long id) {
        return catalogue.item(school, id).orElseThrow(() -> new NotFoundException("item", id));
    }

    private String form(Model model, long school, ItemForm form, Catalogue.Item item) {
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("categories", catalogue.categories(school));
        model.addAttribute("stores", catalogue.stores(school));
        return "warehouse/item-form";
    }
}
