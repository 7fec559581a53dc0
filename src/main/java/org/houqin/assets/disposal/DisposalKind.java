package org.houqin.assets.disposal;

/** 报废 (worn out), 报损 (lost or destroyed), 出售, 无偿调出 (to another public body). */
public enum DisposalKind {
    SCRAP, LOSS, SALE, TRANSFER_OUT;

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "disposal.kind." + name();
    }
}
