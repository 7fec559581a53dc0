/** 通知发送 (deliveries): e-mails and group-robot posts queued with the change and sent by the outbox's job. */
package org.houqin.notifications.delivery;
