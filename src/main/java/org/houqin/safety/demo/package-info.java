/** 安全管理的演示数据 (the safety module's part of the demo school). */
package org.houqin.safety.demo;
