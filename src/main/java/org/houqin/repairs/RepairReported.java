package org.houqin.repairs;

/**
 * A repair was reported about a fixed asset the reporter could see; the assets module shows the card as 维修中 and
 * writes the report into the card's history. Published only for requests that name an asset.
 */
public record RepairReported(long schoolId, long repairId, String number, long assetId, String description,
                             Long reporterUserId, String reporterName) {
}
