/** 登录 (sign-in): passwords, lockout, sessions, and the signed-in user built from roles and scopes. */
package org.houqin.iam.auth;
