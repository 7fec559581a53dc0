/** 教职工 (staff): the school's people by department, phones masked, imported from Excel. */
package org.houqin.organization.staff;
