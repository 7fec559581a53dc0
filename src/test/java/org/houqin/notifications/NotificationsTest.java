package org.houqin.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Each user reads only their own notifications, in their language; opening one marks it read and follows its link. */
class NotificationsTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    IamApi iam;

    @Autowired
    TransactionTemplate transaction;

    private void send(String username, String key, List<String> args, String link) {
        long school = Demo.schoolId(jdbc);
        long user = SystemWork.call(() -> iam.userId(username).orElseThrow());
        SystemWork.run(() -> transaction.executeWithoutResult(status ->
                notifications.notify(school, List.of(user), key, args, link)));
    }

    @Test
    void theDemoSchoolGreetsEveryUserAndTheBellCountsTheUnread() {
        String home = login("storekeeper").get("/").body();
        assertThat(home).contains("id=\"bell\"").containsPattern("text-bg-danger\">\\d+<");
        // the welcome is the first of the storekeeper's notifications (stock alerts and requisitions come later)
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'storekeeper' AND n.message_key = 'notification.demo.welcome'""")).isEqualTo(1);
        assertThat(login("canteen").get("/notifications").body()).contains("欢迎使用示范中学后勤管理系统");
    }

    @Test
    void aNotificationReachesOnlyItsRecipientAndOpeningItFollowsTheLink() {
        send("teacher", "notification.demo.welcome", List.of("测试学校"), "/places/rooms");
        long id = Demo.count(jdbc, """
                SELECT max(n.id) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'teacher'""");
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/notifications").body()).contains("欢迎使用测试学校后勤管理系统");
        assertThat(login("guard").post("/notifications/" + id + "/open", Map.of()).status()).isEqualTo(404);

        var opened = teacher.post("/notifications/" + id + "/open", Map.of());
        assertThat(opened.redirectsTo("/places/rooms")).isTrue();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE id = ? AND read_at IS NOT NULL", id))
                .isEqualTo(1);

        assertThat(teacher.post("/notifications/read-all", Map.of()).redirectsTo("/notifications")).isTrue();
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'teacher' AND n.read_at IS NULL""")).isZero();
    }

    @Test
    void notificationsLinkInsideHouqinOnly() {
        assertThatThrownBy(() -> send("teacher", "notification.demo.welcome", List.of("x"), "https://evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> send("teacher", "notification.demo.welcome", List.of("x"), "//evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
