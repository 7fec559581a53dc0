package org.houqin.assets.category;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The asset category tree over JSON, as the register's filter and the card form read it. */
@RestController
@RequestMapping("/api/v1/asset-categories")
@Tag(name = "Asset categories", description = "资产分类")
class AssetCategoryEndpoint {

    record CategoryJson(long id, String code, String name, Long parentId, int depth, boolean heading,
                        boolean depreciable, Integer usefulLifeMonths, boolean appliance, boolean active,
                        int version) {

        static CategoryJson of(AssetCategories.Category c) {
            return new CategoryJson(c.id(), c.code(), c.name(), c.parentId(), c.depth(), c.heading(), c.depreciable(),
                    c.usefulLifeMonths(), c.appliance(), c.active(), c.version());
        }
    }

    private final AssetCategories categories;

    AssetCategoryEndpoint(AssetCategories categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "The asset category tree", description = "Every category in code order with its parent "
            + "and depth; a heading (门类) takes no cards. usefulLifeMonths is the default life a card takes; "
            + "appliance marks the classes a dormitory's power rules count.")
    List<CategoryJson> tree(CurrentUser me) {
        return categories.tree(me.requireSchool()).stream().map(CategoryJson::of).toList();
    }
}
