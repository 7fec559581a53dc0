/** 报修设置 (repair settings): due hours, the reporter's check and guest reporting, set on 系统设置. */
package org.houqin.repairs.settings;
