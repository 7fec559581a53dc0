/** 示范学校的账号 (demo accounts): the demo school's users and roles, loaded only on the embedded default (ADR 0005). */
package org.houqin.iam.demo;
