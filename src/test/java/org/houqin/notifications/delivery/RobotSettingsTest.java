package org.houqin.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only administrators see the delivery list and set the school's group robots; robot URLs are checked at their fields,
 * the test button posts at once, and the audit log records changes without the robot's key.
 */
class RobotSettingsTest extends IntegrationTest {

    private FakeRobot robot;

    @AfterEach
    void switchRobotsOff() {
        NotificationFixtures.switchRobotsOff(jdbc);
        if (robot != null) {
            robot.close();
        }
    }

    @Test
    void onlyAdministratorsSeeDeliveriesAndRobots() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/notifications/deliveries").status()).isEqualTo(403);
        assertThat(teacher.get("/notifications/webhooks").status()).isEqualTo(403);
        assertThat(teacher.post("/notifications/webhooks", Map.of("wecomUrl", "https://qyapi.weixin.qq.com/x")).status())
                .isEqualTo(403);

        WebUser admin = login("admin");
        var list = admin.get("/notifications/deliveries");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("通知发送记录", "群机器人");
        assertThat(admin.get("/notifications/deliveries?q=没有这样的通知").body()).contains("没有符合条件的发送记录");
        assertThat(admin.get("/").body()).contains("/notifications/deliveries", "/notifications/webhooks");
        assertThat(teacher.get("/").body()).doesNotContain("/notifications/deliveries");
    }

    @Test
    void robotUrlsAreRefusedAtTheirFieldsUnlessHttpsToTheRobotServices() {
        WebUser admin = login("admin");
        var otherHost = NotificationFixtures.saveRobots(jdbc, admin, "https://intranet.example/hook", true, null, false);
        assertThat(otherHost.status()).isEqualTo(200);
        assertThat(otherHost.body()).contains("is-invalid", "只接受以下域名的机器人地址");
        var plainHttp = NotificationFixtures.saveRobots(jdbc, admin, null, false, "http://oapi.dingtalk.com/robot/send?access_token=x", true);
        assertThat(plainHttp.body()).contains("is-invalid", "地址必须以 https:// 开头");
        var switchedOnWithoutUrl = NotificationFixtures.saveRobots(jdbc, admin, null, true, null, false);
        assertThat(switchedOnWithoutUrl.body()).contains("请填写 Webhook 地址");
    }

    @Test
    void theTestButtonPostsNowAndTheAuditLogKeepsNoRobotKey() {
        robot = FakeRobot.answeringOk();
        WebUser admin = login("admin");
        assertThat(NotificationFixtures.saveRobots(jdbc, admin, robot.url("secret-robot-key-9876"), true, null, false)
                .redirectsTo("/notifications/webhooks")).isTrue();
        assertThat(admin.get("/notifications/webhooks").body()).as("after the redirect, like a browser").contains("已保存");

        assertThat(admin.post("/notifications/webhooks/test", Map.of("channel", "WECOM"))
                .redirectsTo("/notifications/webhooks")).isTrue();
        assertThat(robot.received()).hasSize(1);
        assertThat(robot.received().get(0)).contains("测试消息", "示范中学后勤");
        assertThat(admin.get("/notifications/webhooks").body()).contains("测试消息已发送");

        robot.answer(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        admin.post("/notifications/webhooks/test", Map.of("channel", "WECOM"));
        assertThat(admin.get("/notifications/webhooks").body()).contains("测试消息发送失败", "errcode 93000");

        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'school_webhook'
                AND after_data::text LIKE '%9876%' AND after_data::text NOT LIKE '%secret-robot-key%'""")).isPositive();
    }
}
