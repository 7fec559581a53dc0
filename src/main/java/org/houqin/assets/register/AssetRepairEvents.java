package org.houqin.assets.register;

import java.util.Map;

import org.houqin.assets.AssetStatus;
import org.houqin.audit.AuditLog;
import org.houqin.repairs.AssetRepairFinished;
import org.houqin.repairs.RepairReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Repairs of a fixed asset on its card: a report shows the card 维修中 and goes into its history, the end of the
 * repair (done, refused or withdrawn) too, and puts the card back 在用. The status before the repair is not kept, so
 * a card that was 闲置 comes back 在用; a card lent out or awaiting disposal keeps its status and only gets the
 * history. Runs in the repair's transaction, so the card and the request never disagree.
 */
@Component
class AssetRepairEvents {

    private final Assets assets;
    private final AssetHistory history;
    private final AuditLog audit;

    AssetRepairEvents(Assets assets, AssetHistory history, AuditLog audit) {
        this.assets = assets;
        this.history = history;
        this.audit = audit;
    }

    @EventListener
    void on(RepairReported repair) {
        long school = repair.schoolId();
        // repairs checked that the reporter could see the card; a card of another school is still never touched
        assets.findAny(school, repair.assetId()).ifPresent(card -> {
            history.record(school, card.id(), AssetHistory.Kind.REPAIR, "报修 " + repair.number() + "："
                    + repair.description(), link(repair.repairId()), repair.reporterUserId(), repair.reporterName());
            if (card.status() == AssetStatus.IN_USE || card.status() == AssetStatus.IDLE) {
                mark(school, card.id(), card.status(), AssetStatus.REPAIRING);
            }
        });
    }

    @EventListener
    void on(AssetRepairFinished repair) {
        long school = repair.schoolId();
        assets.findAny(school, repair.assetId()).ifPresent(card -> {
            history.record(school, card.id(), AssetHistory.Kind.REPAIR, outcome(repair) + " " + repair.number(),
                    link(repair.repairId()), repair.actorUserId(), repair.actorName());
            if (card.status() == AssetStatus.REPAIRING && !repair.otherRepairsOpen()) {
                mark(school, card.id(), card.status(), AssetStatus.IN_USE);
            }
        });
    }

    private void mark(long school, long id, AssetStatus from, AssetStatus to) {
        assets.markStatus(school, id, to, null);
        audit.changedIn(school, "assets", "asset", id, "UPDATE", Map.of("status", from.name()),
                Map.of("status", to.name()));
    }

    private static String outcome(AssetRepairFinished repair) {
        return switch (repair.outcome()) {
            case REJECTED -> "不予维修";
            case CANCELLED -> "撤销报修";
            default -> "维修完成";
        };
    }

    private static String link(long repairId) {
        return "/repairs/" + repairId;
    }
}
