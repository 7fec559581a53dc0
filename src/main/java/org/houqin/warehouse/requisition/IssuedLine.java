package org.houqin.warehouse.requisition;

import java.math.BigDecimal;

/** A quantity handed over (by the hand-over's id), with the item and the value it left the store at. */
record IssuedLine(long issueId, String name, String specification, String unit, BigDecimal quantity,
                  BigDecimal amount) {
}
