/** 角色与权限 (roles and permissions): a school's roles with their permissions and data scopes. */
package org.houqin.iam.role;
