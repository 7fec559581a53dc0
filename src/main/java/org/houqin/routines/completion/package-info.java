/** 完成情况 (completion): 应做/已做/逾期/完成率 per schedule, person and place over a period, with its Excel export. */
package org.houqin.routines.completion;
