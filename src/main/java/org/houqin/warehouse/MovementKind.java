package org.houqin.warehouse;

/** What a ledger line records; stock-ins are positive quantities, stock-outs negative. */
public enum MovementKind {
    RECEIPT, ISSUE, TRANSFER_IN, TRANSFER_OUT, ADJUST_IN, ADJUST_OUT, REVERSAL
}
