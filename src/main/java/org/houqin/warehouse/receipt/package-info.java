/** 入库单 (receipts): goods received enter stock at their price under one number; a wrong line is reversed (冲销). */
package org.houqin.warehouse.receipt;
