package org.houqin.warehouse.requisition;

import java.math.BigDecimal;

/** A line of a requisition with its item and what the store holds of it now. */
public record RequisitionLineRow(long id, int position, long itemId, String code, String name, String specification,
                                 String unit, BigDecimal quantity, BigDecimal issued, String note,
                                 BigDecimal available) {

    public BigDecimal remaining() {
        return quantity.subtract(issued);
    }
}
