/** 维修统计 (repair statistics): figures by category, building, worker or month, and the facts of a period. */
package org.houqin.repairs.stats;
