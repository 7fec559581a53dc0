/**
 * 数据备份 (backup and restore): one consistent archive of the whole database and the files folder, written while
 * users keep working, restored into an empty database and verified against its manifest (ADR 0034).
 */
package org.houqin.platform.backup;
