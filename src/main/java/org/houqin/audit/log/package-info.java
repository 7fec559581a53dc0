/** 操作日志 (operation log): who changed what, when and from where, searched and exported by the administrator. */
package org.houqin.audit.log;
