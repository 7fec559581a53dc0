/** 部门 (departments): the school's department tree, which data scopes and staff hang from. */
package org.houqin.organization.department;
