package org.houqin.repairs;

/**
 * A repair about a fixed asset ended: done ({@link RepairStatus#DONE}), refused ({@link RepairStatus#REJECTED},
 * 不予维修) or withdrawn ({@link RepairStatus#CANCELLED}, 撤销). {@code otherRepairsOpen} tells that another request
 * about the same asset is still under way, so the card stays 维修中.
 */
public record AssetRepairFinished(long schoolId, long repairId, String number, long assetId, RepairStatus outcome,
                                  boolean otherRepairsOpen, Long actorUserId, String actorName) {
}
