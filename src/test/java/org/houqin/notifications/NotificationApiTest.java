package org.houqin.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** One's own notifications over the JSON API: newest first with their text, the unread filter and count, mark-read. */
class NotificationApiTest extends IntegrationTest {

    private static final Pattern UNREAD = Pattern.compile("\"unreadCount\":(\\d+)");

    @Autowired
    Notifications notifications;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    /** Sends the user a notification and gives its id. */
    private long send(String username, String schoolName) {
        long school = Demo.schoolId(jdbc);
        long user = SystemWork.call(() -> iam.userId(username).orElseThrow());
        SystemWork.run(() -> transaction.executeWithoutResult(status -> notifications.notify(school, List.of(user),
                "notification.demo.welcome", List.of(schoolName), "/places/rooms")));
        return Demo.count(jdbc, """
                SELECT max(n.id) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = ?""", username);
    }

    private static long unread(WebUser.Page page) {
        Matcher matcher = UNREAD.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void theCallersNotificationsAreListedNewestFirstAndMarkingOneReadLowersTheUnreadCount() {
        long older = send("teacher", "接口学校甲");
        long newer = send("teacher", "接口学校乙");
        String token = login("teacher").newToken("通知接口");
        WebUser client = anonymous();

        WebUser.Page unreadOnly = client.getWithToken("/api/v1/notifications?unread=true", token);
        assertThat(unreadOnly.status()).isEqualTo(200);
        assertThat(unreadOnly.body()).contains("欢迎使用接口学校乙后勤管理系统").contains("\"unread\":true")
                .doesNotContain("\"unread\":false");
        assertThat(unreadOnly.body().indexOf("\"id\":" + newer + ",")).as("newest first").isPositive()
                .isLessThan(unreadOnly.body().indexOf("\"id\":" + older + ","));
        long before = unread(unreadOnly);

        WebUser.Page read = client.sendJson("POST", "/api/v1/notifications/" + newer + "/read", "{}", token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(unread(read)).isEqualTo(before - 1);
        assertThat(client.getWithToken("/api/v1/notifications?unread=true", token).body())
                .doesNotContain("\"id\":" + newer + ",").contains("\"id\":" + older + ",");
        assertThat(client.getWithToken("/api/v1/notifications", token).body()).contains("\"id\":" + newer + ",")
                .contains("\"readAt\":\"");

        WebUser.Page all = client.sendJson("POST", "/api/v1/notifications/read-all", "{}", token);
        assertThat(all.body()).contains("\"marked\":" + (before - 1));
        assertThat(unread(all)).isZero();
    }

    @Test
    void anotherUsersNotificationIsNotFoundAndStaysUnread() {
        long theirs = send("teacher", "接口学校丙");
        String guard = login("guard").newToken("通知接口");

        assertThat(anonymous().sendJson("POST", "/api/v1/notifications/" + theirs + "/read", "{}", guard).status())
                .isEqualTo(404);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE id = ? AND read_at IS NULL",
                theirs)).isEqualTo(1);
    }
}
