/** 校历 (the school calendar): days off and make-up days, and the calendar routines run on. */
package org.houqin.routines.calendar;
