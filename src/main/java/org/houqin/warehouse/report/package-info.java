/** 统计报表 (reports): 消耗统计 and 出入库汇总 from the ledger, and the warehouse's facts for the work summary. */
package org.houqin.warehouse.report;
