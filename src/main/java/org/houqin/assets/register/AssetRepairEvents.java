package org.houqin.assets.register;

import org.houqin.repairs.AssetRepairFinished;
import org.houqin.repairs.RepairReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Repairs of a fixed asset on its card: a report marks a repair open (the card shows 维修中 if it was in use or idle)
 * and goes into its history; the end of the repair (done, refused or withdrawn) too, and the card is in use again
 * unless another repair of it is still open. A card lent out or awaiting disposal keeps its status while its repair
 * runs (see {@link AssetCard}). Runs in the repair's transaction, so the card and the request never disagree.
 */
@Component
class AssetRepairEvents {

    private final Assets assets;

    AssetRepairEvents(Assets assets) {
        this.assets = assets;
    }

    @EventListener
    void on(RepairReported repair) {
        // repairs checked that the reporter could see the card; a card of another school is still never touched
        assets.findAny(repair.schoolId(), repair.assetId()).filter(Assets.Row::open).ifPresent(card ->
                assets.apply(repair.schoolId(), new AssetHistory.Actor(repair.reporterUserId(), repair.reporterName()),
                        card.id(), null, AssetCard::reportRepair,
                        AssetHistory.Note.of(AssetHistory.Kind.REPAIR, link(repair.repairId()),
                                "asset.history.repairReported", repair.number(), repair.description())));
    }

    @EventListener
    void on(AssetRepairFinished repair) {
        assets.findAny(repair.schoolId(), repair.assetId()).ifPresent(card ->
                assets.apply(repair.schoolId(), new AssetHistory.Actor(repair.actorUserId(), repair.actorName()),
                        card.id(), null, c -> c.endRepair(repair.otherRepairsOpen()),
                        AssetHistory.Note.of(AssetHistory.Kind.REPAIR, link(repair.repairId()), outcome(repair),
                                repair.number())));
    }

    private static String outcome(AssetRepairFinished repair) {
        return switch (repair.outcome()) {
            case REJECTED -> "asset.history.repairRejected";
            case CANCELLED -> "asset.history.repairCancelled";
            default -> "asset.history.repairDone";
        };
    }

    private static String link(long repairId) {
        return "/repairs/" + repairId;
    }
}
