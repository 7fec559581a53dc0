package org.houqin.warehouse.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** 仓库: the school's stores (总仓库, 文印室, …). */
@Controller
@RequestMapping("/warehouse/stores")
class StoreController {

    /** The store form. */
    public static class StoreForm {

        @NotBlank(message = "{validation.required}")
        @Size(max = 16, message = "{validation.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
        private String code;
        @NotBlank(message = "{validation.required}")
        @Size(max = 40, message = "{validation.tooLong}")
        private String name;
        private boolean active = true;
        private int version;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? null : name.strip();
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    private final Catalogue catalogue;

    StoreController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String list(CurrentUser me, Model model) {
        model.addAttribute("stores", catalogue.stores(me.requireSchool()));
        return "warehouse/stores";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String createForm(Model model) {
        model.addAttribute("form", new StoreForm());
        return "warehouse/store-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") StoreForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> catalogue.createStore(school, form.getCode(), form.getName()),
                id -> "/warehouse/stores", () -> "warehouse/store-form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String editForm(CurrentUser me, @PathVariable long id, Model model) {
        Catalogue.Store store = find(me.requireSchool(), id);
        StoreForm form = new StoreForm();
        form.setCode(store.code());
        form.setName(store.name());
        form.setActive(store.active());
        form.setVersion(store.version());
        model.addAttribute("store", store);
        model.addAttribute("form", form);
        return "warehouse/store-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    String update(CurrentUser me, @PathVariable long id, @Valid @ModelAttribute("form") StoreForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        Catalogue.Store before = find(school, id);
        model.addAttribute("store", before);
        return Forms.submit(errors, redirect, () -> catalogue.updateStore(school, id, form.getCode(), form.getName(),
                form.isActive(), form.getVersion()), "/warehouse/stores", () -> "warehouse/store-form");
    }

    private Catalogue.Store find(long school, long id) {
        return catalogue.store(school, id).orElseThrow(() -> new NotFoundException("store", id));
    }
}
