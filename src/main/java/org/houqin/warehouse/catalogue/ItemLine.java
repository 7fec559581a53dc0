package org.houqin.warehouse.catalogue;

import java.math.BigDecimal;

/** A line of a warehouse document's form: an item and a quantity, or nothing at all (a row left empty). */
public interface ItemLine {

    Long getItemId();

    BigDecimal getQuantity();

    boolean isEmpty();

    /** Whether a filled line has all it needs besides its item: a quantity, and a price where the document asks one. */
    default boolean isComplete() {
        return getQuantity() != null;
    }

    /** The message when it is not complete. */
    default String incompleteKey() {
        return "validation.required";
    }
}
