/** 用户管理 (users): a school's accounts, their roles, locks and passwords, and one's own password. */
package org.houqin.iam.user;
