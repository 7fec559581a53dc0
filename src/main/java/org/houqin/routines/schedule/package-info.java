/**
 * 日程 (schedules): when a routine comes round. A {@link org.houqin.routines.schedule.Cadence} read against the
 * school's {@link org.houqin.routines.schedule.SchoolCalendar} gives the days; a
 * {@link org.houqin.routines.schedule.Window} turns each day into an occurrence that opens, is due and becomes
 * overdue; {@link org.houqin.routines.schedule.Completion} counts 应做/已做/逾期/完成率. Pure values, no database: the
 * one cadence engine of the product, which repairs' maintenance plans will also run on.
 */
@NamedInterface("schedule")
package org.houqin.routines.schedule;

import org.springframework.modulith.NamedInterface;
