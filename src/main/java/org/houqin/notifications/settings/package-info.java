/** 通知设置 (notification settings): one's own e-mail address, and the school's 企业微信 and 钉钉 group robots. */
package org.houqin.notifications.settings;
