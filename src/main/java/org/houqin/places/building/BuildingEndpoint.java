package org.houqin.places.building;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Buildings over JSON. */
@RestController
@RequestMapping("/api/v1/buildings")
@Tag(name = "Buildings", description = "楼栋")
class BuildingEndpoint {

    private final BuildingService buildings;

    BuildingEndpoint(BuildingService buildings) {
        this.buildings = buildings;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('places:room:read')")
    @Operation(summary = "All buildings of the school, with floors and room counts")
    List<BuildingService.Row> list(CurrentUser me) {
        return buildings.all(me.requireSchool());
    }
}
