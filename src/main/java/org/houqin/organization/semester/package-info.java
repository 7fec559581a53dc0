/** 学年学期 (school years and semesters): the school's terms, one of them current, the periods of every report. */
package org.houqin.organization.semester;
