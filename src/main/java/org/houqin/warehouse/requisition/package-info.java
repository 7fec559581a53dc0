/** 领用申请 (requisitions): staff ask for supplies, approvers decide, the storekeeper issues them against a signature. */
package org.houqin.warehouse.requisition;
