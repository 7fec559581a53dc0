package org.houqin.notifications.delivery;

/** Where a delivery goes. Labelled on pages through {@code notification.channel.<NAME>}. */
public enum Channel {
    EMAIL, WECOM, DINGTALK;

    public String messageKey() {
        return "notification.channel." + name();
    }
}
