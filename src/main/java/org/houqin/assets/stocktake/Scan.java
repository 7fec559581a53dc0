package org.houqin.assets.stocktake;

/** What one scan did, for the message under the scan field. */
public record Scan(String messageKey, Object[] args, Long roomId, boolean good) {
}
