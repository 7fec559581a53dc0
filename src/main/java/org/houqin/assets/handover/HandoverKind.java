package org.houqin.assets.handover;

/** 领用 (to a person, class or department), 调拨 (between rooms, departments or custodians), 借出, 归还. */
public enum HandoverKind {
    ASSIGN, TRANSFER, LOAN, RETURN;

    /** The label's message key, e.g. for the API's {@code …Label} fields. */
    public String messageKey() {
        return "handover.kind." + name();
    }
}
