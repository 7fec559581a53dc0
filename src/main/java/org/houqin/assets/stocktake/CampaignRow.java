package org.houqin.assets.stocktake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stocktake campaign with its counts so far: listed, found, misplaced, missing, extras, batch cards counted short
 * (partly lost), rooms done.
 */
public record CampaignRow(long id, String number, String name, String scopeBuildings, int scopeDepartments,
                          int scopeCategories, AssetStocktakeStatus status, String note, String createdByName, Instant startedAt,
                          Instant countedAt, Instant finishedAt, int version, long listed, long found, long misplaced,
                          long missing, long extras, long partlyLost, long roomsDone, long rooms) {

    public long scanned() {
        return found + misplaced;
    }

    public BigDecimal matchRate() {
        return CountResult.matchRate(found, listed);
    }

    /** Anything the approval has to decide: missing, misplaced, extra or partly lost. */
    public boolean hasDifferences() {
        return missing + misplaced + extras + partlyLost > 0;
    }

    public int percent() {
        return listed == 0 ? 100 : (int) (scanned() * 100 / listed);
    }

    public String badge() {
        return status.badge();
    }
}
