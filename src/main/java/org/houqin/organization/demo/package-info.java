/** 示范学校 (the demo school): departments, staff, grades, classes and semesters, loaded only on the embedded default. */
package org.houqin.organization.demo;
