/** 初始化与学校管理 (setup and schools): the first administrator, and the district adding schools. */
package org.houqin.iam.setup;
