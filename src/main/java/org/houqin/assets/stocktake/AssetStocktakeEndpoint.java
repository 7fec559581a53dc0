package org.houqin.assets.stocktake;

import java.util.function.LongConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.assets.stocktake.AssetStocktakeJson.CampaignJson;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.api.VersionOnly;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 清查盘点 over JSON: the campaigns, one with its rooms and differences, starting one, and the steps that end the
 * count (finish, reopen, submit the differences for approval). The team's scans: {@link AssetStocktakeScanEndpoint}.
 */
@RestController
@RequestMapping("/api/v1/asset-stocktakes")
@Tag(name = "Asset stocktakes", description = "资产清查盘点")
class AssetStocktakeEndpoint {

    private final AssetStocktakes stocktakes;
    private final AssetStocktakeJson json;

    AssetStocktakeEndpoint(AssetStocktakes stocktakes, AssetStocktakeJson json) {
        this.stocktakes = stocktakes;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "List stocktake campaigns", description = "status = COUNTING, COUNTED, SUBMITTED, ADJUSTED "
            + "or CLOSED; q searches the number and name; newest first (no other sort); 20 per page unless size asks "
            + "(at most 100). Keepers and report readers see every campaign, anyone else those whose team they are "
            + "in. Rooms and differences come with one campaign.")
    ApiPage<CampaignJson> list(@ParameterObject @ModelAttribute ListQuery query,
                               @RequestParam(required = false) AssetStocktakeStatus status, CurrentUser me) {
        return ApiPage.of(stocktakes.page(me.requireSchool(), me, query, status), json::brief);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(summary = "One campaign with its counts", description = "Its team, each room's progress (listed, "
            + "found, found elsewhere, missing, open, finished), the differences so far (MISSING, MISPLACED, and "
            + "batch cards counted short with lost > 0) and the things found with no card (surplus). 404 for a "
            + "campaign of another school, or one the caller is neither keeper, report reader nor team member of.")
    CampaignJson get(@PathVariable long id, CurrentUser me) {
        return one(me, id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a campaign", description = "name, note, the scope (buildings by name, "
            + "departmentIds, categoryIds with their subcategories; empty = the whole school) and the team "
            + "(memberIds). Lists every open card in the scope with the room it should be in; a scope with no card "
            + "is 400 at name. Send the same Idempotency-Key header (or submissionKey) again and you get the same "
            + "campaign back.")
    CampaignJson create(@Valid @RequestBody AssetStocktakeForm form, CurrentUser me) {
        return one(me, stocktakes.start(me.requireSchool(), me, form));
    }

    @PostMapping("/{id}/finish")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    @Operation(summary = "Finish the count", description = "Body: the version read (or If-Match). Everything not "
            + "found yet is missing. Only while counting (else 409 document.step.refused); a stale version is 409 "
            + "with currentVersion.")
    CampaignJson finish(@PathVariable long id, @RequestBody VersionOnly body, CurrentUser me) {
        return stepped(me, id, school -> stocktakes.finishCount(school, me, id, body.getVersion()));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    @Operation(summary = "Count again", description = "Body: the version read (or If-Match). A counted campaign "
            + "goes back to counting (a room recounted); a stale version is 409 with currentVersion.")
    CampaignJson reopen(@PathVariable long id, @RequestBody VersionOnly body, CurrentUser me) {
        return stepped(me, id, school -> stocktakes.reopen(school, me, id, body.getVersion()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('assets:stocktake:write')")
    @Operation(summary = "Submit the differences", description = "Body: the version read (or If-Match). A counted "
            + "campaign with differences goes to approval (by their value), whose end changes the register; one "
            + "without any closes at once. A stale version is 409 with currentVersion.")
    CampaignJson submit(@PathVariable long id, @RequestBody VersionOnly body, CurrentUser me) {
        return stepped(me, id, school -> stocktakes.submit(school, me, id, body.getVersion()));
    }

    /** A step on the campaign, refused with the version it has now when stale; the campaign after it. */
    private CampaignJson stepped(CurrentUser me, long id, LongConsumer step) {
        long school = me.requireSchool();
        StaleVersion.guard(() -> stocktakes.visible(school, me, id).version(), () -> step.accept(school));
        return one(me, id);
    }

    private CampaignJson one(CurrentUser me, long id) {
        long school = me.requireSchool();
        return json.full(school, stocktakes.visible(school, me, id));
    }
}
