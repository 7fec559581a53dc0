package org.houqin.warehouse.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 物品目录 over JSON: the catalogue's items, its categories and stores, an item added or changed. */
@RestController
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = "物品目录")
class ItemEndpoint {

    private final Catalogue catalogue;

    ItemEndpoint(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "List catalogue items", description = "category filters; q searches code, name and "
            + "specification; sort = code, name, category or reorder.")
    ApiPage<Catalogue.Row> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                                @RequestParam(required = false) Long category) {
        var page = catalogue.page(me.requireSchool(), query, category);
        return ApiPage.from(page, page.items());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "One catalogue item", description = "With its version, to send back with a change.")
    Catalogue.Item get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        return find(me, id);
    }

    @GetMapping("/categories")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "The catalogue's categories", description = "All of them, in their order.")
    List<Catalogue.Category> categories(@Parameter(hidden = true) CurrentUser me) {
        return catalogue.categories(me.requireSchool());
    }

    @GetMapping("/stores")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    @Operation(summary = "The school's stores (仓库)", description = "All of them, the inactive ones marked.")
    List<Catalogue.Store> stores(@Parameter(hidden = true) CurrentUser me) {
        return catalogue.stores(me.requireSchool());
    }

    /** What the requisition form offers: anyone who may ask for supplies sees the active items and stores. */
    @Schema(name = "RequestableItems")
    record Requestable(List<Catalogue.Row> items, List<Catalogue.Store> stores) {
    }

    @GetMapping("/requestable")
    @PreAuthorize("hasAuthority('warehouse:requisition:request')")
    @Operation(summary = "Items and stores a requisition may name", description = "The active ones, as the "
            + "requisition form offers them, for a requester who may not read the catalogue itself.")
    Requestable requestable(@Parameter(hidden = true) CurrentUser me) {
        long school = me.requireSchool();
        return new Requestable(catalogue.activeItems(school), catalogue.activeStores(school));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item", description = "The item form's rules: a code taken or an unknown category "
            + "or store gets 400 with the field.")
    Catalogue.Item create(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody ItemForm form) {
        return find(me, catalogue.addItem(me.requireSchool(), form));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:item:write')")
    @Operation(summary = "Change an item", description = "Send the version read (or If-Match); a stale version "
            + "gets 409 with the current one.")
    Catalogue.Item update(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                          @Valid @RequestBody ItemForm form) {
        find(me, id);
        StaleVersion.guard(() -> find(me, id).version(), () -> catalogue.updateItem(me.requireSchool(), id, form));
        return find(me, id);
    }

    private Catalogue.Item find(CurrentUser me, long id) {
        return catalogue.item(me.requireSchool(), id).orElseThrow(() -> new NotFoundException("item", id));
    }
}
