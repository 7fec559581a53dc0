/** 盘点 (stocktakes): the store is counted against the book, and approved differences are posted. */
package org.houqin.warehouse.stocktake;
