/** 通知 (inbox): each user's own notifications, read in their language, with the unread count on the bell. */
package org.houqin.notifications.inbox;
