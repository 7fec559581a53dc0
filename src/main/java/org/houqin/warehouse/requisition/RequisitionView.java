package org.houqin.warehouse.requisition;

/** Which requisitions a list shows: mine, those to issue, the open ones, or all the user may see. */
enum RequisitionView {
    MINE, ISSUE, OPEN, ALL
}
