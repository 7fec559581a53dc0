/** 年级与班级 (grades and classes): head counts and class teachers, the basis of textbook distribution. */
package org.houqin.organization.schoolclass;
