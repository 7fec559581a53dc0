package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;

/** A line of a warehouse document's form: an item and a quantity, or nothing at all (a row left empty). */
public interface ItemLine {

    Long getItemId();

    BigDecimal getQuantity();

    boolean isEmpty();
}
