/** 物品目录 and 仓库 (catalogue and stores): items, categories and stores, and the check of a form's item lines. */
package org.houqin.warehouse.catalogue;
