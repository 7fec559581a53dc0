/** The demo school's checklists, calendar, schedules and rounds since the start of the semester. */
package org.houqin.routines.demo;
