/** 学校 (schools): the schools of this deployment; a new school is announced to every module. */
package org.houqin.organization.school;
