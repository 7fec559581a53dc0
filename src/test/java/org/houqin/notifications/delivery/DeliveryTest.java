package org.houqin.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.houqin.notifications.Notifications;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notification is posted once to each switched-on group robot after its transaction commits, failed posts are
 * retried with growing waits and then shown to the administrator as failed, and a rolled-back change posts nothing.
 */
class DeliveryTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryJobs job;

    @Autowired
    TransactionTemplate transaction;

    private final List<FakeRobot> robots = new java.util.ArrayList<>();

    @AfterEach
    void switchRobotsOffAndSendWhatIsLeft() {
        NotificationFixtures.switchRobotsOff(jdbc);
        job.deliverDue();
        robots.forEach(FakeRobot::close);
    }

    @Test
    void aNotificationIsPostedOnceToTheRobotWithTheTextAndTheLink() {
        FakeRobot robot = robot(FakeRobot.answeringOk());
        NotificationFixtures.saveRobots(jdbc, login("admin"), robot.url("key-1"), true, null, false);

        notify("送达测试甲", "/places/rooms", "teacher", "guard");
        long id = deliveryOf("送达测试甲", "WECOM");
        job.deliverDue();

        assertThat(robot.received()).as("one post for two recipients").hasSize(1);
        JsonNode payload = JsonMapper.shared().readTree(robot.received().get(0));
        assertThat(payload.path("msgtype").asString()).isEqualTo("text");
        assertThat(payload.path("text").path("content").asString()).isEqualTo(
                "【示范中学后勤】欢迎使用送达测试甲后勤管理系统。左侧菜单按您的权限列出可用的功能。\n查看：http://localhost:8080/places/rooms");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.delivery
                WHERE id = ? AND status = 'SENT' AND attempts = 1 AND sent_at IS NOT NULL AND last_error IS NULL""", id))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.shedlock WHERE name = 'notification-delivery'"))
                .as("the job runs under its lock").isEqualTo(1);
    }

    @Test
    void aRolledBackNotificationQueuesNothing() {
        FakeRobot robot = robot(FakeRobot.answeringOk());
        NotificationFixtures.saveRobots(jdbc, login("admin"), robot.url("key-2"), true, robot.url("key-3"), true);

        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            notifications.notify(Demo.schoolId(jdbc), List.of(Demo.userId(jdbc, "teacher")), "notification.demo.welcome",
                    List.of("回滚测试"), null);
            status.setRollbackOnly();
        }));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.delivery WHERE body LIKE '%回滚测试%'")).isZero();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE '回滚测试' = ANY (args)")).isZero();

        notify("提交测试", null, "teacher");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.delivery WHERE body LIKE '%提交测试%'"))
                .as("the same call committed queues one post per robot").isEqualTo(2);
    }

    @Test
    void aFailingRobotIsRetriedWithGrowingWaitsAndEndsFailedWhileTheChangeStays() {
        FakeRobot robot = robot(FakeRobot.answering(500, "{\"errcode\":-1,\"errmsg\":\"system busy\"}"));
        NotificationFixtures.saveRobots(jdbc, login("admin"), null, false, robot.url("key-4"), true);
        notify("失败测试", "/places/rooms", "teacher");
        long id = deliveryOf("失败测试", "DINGTALK");

        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12));
        for (int attempt = 1; attempt <= 6; attempt++) {
            job.deliverDue();
            assertThat(Demo.count(jdbc, "SELECT attempts FROM notifications.delivery WHERE id = ?", id)).isEqualTo(attempt);
            if (attempt < 6) {
                long waitSeconds = Demo.count(jdbc, """
                        SELECT extract(epoch FROM next_attempt_at - now())::bigint FROM notifications.delivery
                        WHERE id = ? AND status = 'PENDING' AND last_error = 'HTTP 500'""", id);
                assertThat(waitSeconds).isCloseTo(waits.get(attempt - 1).toSeconds(), within(30L));
                job.deliverDue();
                assertThat(robot.received()).as("not due yet").hasSize(attempt);
                SystemWork.run(() -> jdbc.sql("UPDATE notifications.delivery SET next_attempt_at = now() WHERE id = ?")
                        .param(id).update());
            }
        }
        assertThat(robot.received()).hasSize(6);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.delivery WHERE id = ? AND status = 'FAILED'", id))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE '失败测试' = ANY (args)"))
                .as("the notification itself committed").isEqualTo(1);

        WebUser admin = login("admin");
        String failed = admin.get("/notifications/deliveries?status=FAILED").body();
        assertThat(failed).contains("失败测试", "HTTP 500", "立即重试", "/notifications/deliveries/" + id + "/retry")
                .doesNotContain("key-4");

        robot.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(admin.post("/notifications/deliveries/" + id + "/retry", Map.of())
                .redirectsTo("/notifications/deliveries")).isTrue();
        job.deliverDue();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.delivery WHERE id = ? AND status = 'SENT'", id))
                .isEqualTo(1);
        assertThat(admin.post("/notifications/deliveries/" + id + "/retry", Map.of()).status())
                .as("only a failed delivery is retried").isEqualTo(404);
    }

    private FakeRobot robot(FakeRobot robot) {
        robots.add(robot);
        return robot;
    }

    private void notify(String schoolName, String link, String... usernames) {
        long school = Demo.schoolId(jdbc);
        List<Long> users = java.util.Arrays.stream(usernames).map(name -> Demo.userId(jdbc, name)).toList();
        SystemWork.run(() -> transaction.executeWithoutResult(status ->
                notifications.notify(school, users, "notification.demo.welcome", List.of(schoolName), link)));
    }

    private long deliveryOf(String marker, String channel) {
        return Demo.count(jdbc, "SELECT id FROM notifications.delivery WHERE body LIKE ? AND channel = ?",
                "%" + marker + "%", channel);
    }
}
