package org.houqin.warehouse.writeoff;

/** 损坏, 过期变质, 丢失, 其他. */
public enum WriteOffReason {
    DAMAGED, EXPIRED, LOST, OTHER;

    public String messageKey() {
        return "writeOff.reason." + name();
    }
}
