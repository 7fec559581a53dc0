package org.houqin.assets.disposal;

/** 报废 (worn out), 报损 (lost or destroyed), 出售, 无偿调出 (to another public body). */
public enum DisposalKind {
    SCRAP, LOSS, SALE, TRANSFER_OUT
}
