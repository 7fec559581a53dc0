/**
 * 日程 and 应做 (schedules and rounds): a template to be filled on a cadence by someone at some places, the rounds
 * generated ahead exactly once, their reminders and the escalation of the ones not done.
 */
package org.houqin.routines.plan;
