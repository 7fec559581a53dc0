package org.houqin.notifications;

import java.util.List;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.springframework.stereotype.Component;

/** The demo school's first notifications, so the bell shows something on the first visit. */
@Component
class NotificationsDemoData implements DemoData {

    private final Notifications notifications;
    private final IamApi iam;
    private final OrganizationApi organization;

    NotificationsDemoData(Notifications notifications, IamApi iam, OrganizationApi organization) {
        this.notifications = notifications;
        this.iam = iam;
        this.organization = organization;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        notifications.notify(school, iam.usersOfSchool(school), "notification.demo.welcome", List.of("示范中学"), "/");
        notifications.notify(school, iam.usersWithRole(school, "DIRECTOR"), "notification.demo.rooms",
                List.of(), "/places/rooms");
    }
}
