/** 库存台账 (stock): the append-only ledger, balances, an item's 出入库流水, 冲销 and 库存预警. */
package org.houqin.warehouse.stock;
