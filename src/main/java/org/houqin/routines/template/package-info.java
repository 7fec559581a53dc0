/** 检查表 (a school's checklists): copied from the library, listed, revised as new versions, deactivated. */
package org.houqin.routines.template;
