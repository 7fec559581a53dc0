package org.houqin.assets.stocktake;

import org.houqin.platform.document.StatusFlow;

/**
 * Where a stocktake campaign stands: counting, counted, its differences submitted for approval, then adjusted (the
 * register changed as approved) or closed (nothing to adjust, or refused). A return sends it back to counting.
 */
public enum AssetStocktakeStatus {
    COUNTING, COUNTED, SUBMITTED, ADJUSTED, CLOSED;

    static final StatusFlow<AssetStocktakeStatus> FLOW = StatusFlow.of("assetStocktake", AssetStocktakeStatus.class)
            .step("finishCount", COUNTING, COUNTED)
            .step("reopen", COUNTED, COUNTING)
            .step("submit", COUNTED, SUBMITTED)
            .step("close", COUNTED, CLOSED)
            .step("approve", SUBMITTED, ADJUSTED)
            .step("return", SUBMITTED, COUNTING)
            .step("reject", SUBMITTED, CLOSED);

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "assetStocktake.status." + name();
    }

    public String badge() {
        return switch (this) {
            case COUNTING -> "text-bg-primary";
            case COUNTED -> "text-bg-info";
            case SUBMITTED -> "text-bg-warning";
            case ADJUSTED -> "text-bg-success";
            case CLOSED -> "text-bg-secondary";
        };
    }
}
