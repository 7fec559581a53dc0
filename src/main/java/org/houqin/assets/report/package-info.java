/** 资产报表 (reports): the register by category, department, building or status, depreciation schedules, facts. */
package org.houqin.assets.report;
