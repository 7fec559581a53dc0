package org.houqin.assets.stocktake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.assets.stocktake.AssetStocktakeJson.CampaignJson;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 扫码盘点 over JSON, for a scanner app: a scan (a room's label sets the room, an asset's label counts the card there,
 * or asks a question first), finishing a room, and noting something found with no card (盘盈). The keepers and the
 * campaign's team, only while it is counting.
 */
@RestController
@RequestMapping("/api/v1/asset-stocktakes/{id}")
@Tag(name = "Asset stocktakes", description = "资产清查盘点")
class AssetStocktakeScanEndpoint {

    /**
     * What a scan did: {@code code} (a message key a client can branch on), the message in the caller's language,
     * whether it counted cleanly ({@code good}), the room the team is in now, and the question to answer with the
     * next scan of the same code, if any.
     */
    record ScanJson(String code, String message, boolean good, Long roomId, PromptJson prompt) {
    }

    /** Scan {@code code} again with {@code counted} (1 to {@code batchOf}) or {@code moveHere: true}. */
    record PromptJson(String code, String countedElsewhere, Integer batchOf, boolean moveHere) {
    }

    record RoomFinishedJson(long roomId, long missing, CampaignJson campaign) {
    }

    private final AssetStocktakes stocktakes;
    private final AssetStocktakeScans scans;
    private final AssetStocktakeJson json;
    private final Texts texts;

    AssetStocktakeScanEndpoint(AssetStocktakes stocktakes, AssetStocktakeScans scans, AssetStocktakeJson json,
                               Texts texts) {
        this.stocktakes = stocktakes;
        this.scans = scans;
        this.json = json;
        this.texts = texts;
    }

    @PostMapping("/scans")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(operationId = "assetStocktakeScan", summary = "Record a scan", description = "Body: code (a room label's URL or room code such as A-101, "
            + "or an asset label's URL or asset number such as ZC-2026-00001), roomId (the room the team is in, "
            + "from the last room scanned), counted and moveHere (answers to the last scan's prompt). A room sets "
            + "roomId; a card listed in the campaign is counted in that room (FOUND or MISPLACED), unless it was "
            + "counted in another room (prompt.countedElsewhere: scan again with moveHere true) or is a batch card "
            + "(prompt.batchOf: scan again with counted). Every scan answers 200 with what it did; code is its "
            + "message key (assetStocktake.scan.found, .misplaced, .foundPart, .unknown, .roomFirst, .outOfScope, "
            + "...). 403 for someone outside the team, 409 assetStocktake.notCounting once the count is finished.")
    ScanJson scan(@PathVariable long id, @Valid @RequestBody ScanForm form, CurrentUser me) {
        Scan scan = scans.scan(me.requireSchool(), me, id, form.getRoomId(), form.getCode(), form.getCounted(),
                form.isMoveHere());
        Scan.Prompt prompt = scan.prompt();
        return new ScanJson(scan.messageKey(), texts.get(scan.messageKey(), scan.args()), scan.good(), scan.roomId(),
                prompt == null ? null : new PromptJson(prompt.code(), prompt.elsewhere(), prompt.batchOf(),
                        prompt.moveHere()));
    }

    @PostMapping("/rooms/{room}/finish")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @Operation(operationId = "assetStocktakeFinishRoom", summary = "Finish a room", description = "What is listed in the room and not found yet is missing "
            + "(it counts again if it turns up later). Answers how many went missing and the campaign.")
    RoomFinishedJson finishRoom(@PathVariable long id, @PathVariable long room, CurrentUser me) {
        long school = me.requireSchool();
        long missing = scans.finishRoom(school, me, id, room);
        return new RoomFinishedJson(room, missing, json.full(school, stocktakes.visible(school, me, id)));
    }

    @PostMapping("/extras")
    @PreAuthorize("hasAuthority('assets:asset:read')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "assetStocktakeAddExtra", summary = "Note something found with no card (盘盈)", description = "Body: roomId, name, categoryId, "
            + "quantity, unitValue (yuan), note. Registered as a card only when the differences are approved. "
            + "Answers the campaign, with it among surplus.")
    CampaignJson addExtra(@PathVariable long id, @Valid @RequestBody ExtraForm form, CurrentUser me) {
        long school = me.requireSchool();
        scans.addExtra(school, me, id, form);
        return json.full(school, stocktakes.visible(school, me, id));
    }
}
