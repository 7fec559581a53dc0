package org.houqin.warehouse.requisition;

import java.math.BigDecimal;

/**
 * A quantity handed over (by the hand-over's id), with the item and the value it left the store at; and the transfer
 * that brought it from another store first, if one did.
 */
record IssuedLine(long issueId, String name, String specification, String unit, BigDecimal quantity,
                  BigDecimal amount, Long transferId, String transferNumber, String fromStoreName) {
}
