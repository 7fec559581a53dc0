package org.houqin.warehouse.receipt;

/** 采购入库, 捐赠入库, 退库. */
public enum ReceiptSource {
    PURCHASE, DONATION, RETURN;

    public String messageKey() {
        return "receipt.source." + name();
    }
}
