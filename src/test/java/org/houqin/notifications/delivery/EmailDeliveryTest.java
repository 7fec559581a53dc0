package org.houqin.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import org.houqin.notifications.Notifications;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users choose their own address; with a mail server configured each recipient gets an e-mail in Chinese with the
 * link, and without one nothing is queued for e-mail. The shared test application has no {@code spring.mail.host},
 * so the mail-on half builds the outbox and the job around a local SMTP sink.
 */
class EmailDeliveryTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    ObjectProvider<JavaMailSender> configuredMail;

    @Autowired
    DeliveryText text;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    WebhookSender webhooks;

    @Autowired
    RetryPolicy retries;

    @Autowired
    NotificationsProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aBadAddressIsRefusedAtItsField() {
        WebUser teacher = login("teacher");
        var page = teacher.post("/notifications/settings", Map.of("email", "yang@@school", "emailEnabled", "true",
                "_emailEnabled", "on", "version", "0"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("is-invalid", "请输入正确的邮箱地址");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.user_channel WHERE email = 'yang@@school'")).isZero();
    }

    @Test
    void withoutAMailServerNoEmailIsQueuedAndNothingFails() {
        assertThat(configuredMail.getIfAvailable()).as("no spring.mail.host in the test application").isNull();
        WebUser guard = login("guard");
        assertThat(guard.get("/notifications/settings").body()).contains("尚未配置邮件服务器");
        saveAddress(guard, "guard", "wang.wei@school.edu.cn", true);

        long school = Demo.schoolId(jdbc);
        long user = Demo.userId(jdbc, "guard");
        SystemWork.run(() -> transaction.executeWithoutResult(status -> notifications.notify(school, List.of(user),
                "notification.demo.welcome", List.of("无邮件服务器"), null)));

        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE '无邮件服务器' = ANY (args)"))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.delivery WHERE target = 'wang.wei@school.edu.cn'"))
                .isZero();
    }

    @Test
    void withAMailServerEachRecipientWhoWantsItGetsAnEmailInChinese() throws Exception {
        saveAddress(login("teacher"), "teacher", "yang.jiayi@school.edu.cn", true);
        saveAddress(login("storekeeper"), "storekeeper", "off@school.edu.cn", false);
        try (SmtpSink smtp = SmtpSink.start()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(smtp.port());
            MailChannel mail = new MailChannel(sender, "houqin@school.edu.cn");
            Outbox outbox = new Outbox(deliveries, text, mail);
            DeliveryJobs job = new DeliveryJobs(deliveries, mail, webhooks, retries, properties);

            long school = Demo.schoolId(jdbc);
            List<Long> users = List.of(Demo.userId(jdbc, "teacher"), Demo.userId(jdbc, "storekeeper"));
            SystemWork.run(() -> transaction.executeWithoutResult(status -> outbox.queue(school, users,
                    "notification.demo.rooms", List.of(), "/places/rooms")));
            assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.delivery WHERE channel = 'EMAIL' AND status = 'PENDING'"))
                    .as("the storekeeper switched e-mail off").isEqualTo(1);
            job.deliverDue();

            assertThat(smtp.mails()).hasSize(1);
            SmtpSink.Mail received = smtp.mails().get(0);
            assertThat(received.to()).containsExactly("yang.jiayi@school.edu.cn");
            assertThat(received.message().getFrom()).containsExactly(new InternetAddress("houqin@school.edu.cn"));
            assertThat(received.message().getSubject()).isEqualTo("【示范中学后勤】请检查各房间的责任人是否已落实到人：没有责任人的房间会在房间页面提示。");
            assertThat(received.message().getContent().toString())
                    .contains("请检查各房间的责任人", "查看：http://localhost:8080/places/rooms", "我的通知设置");
            assertThat(Demo.count(jdbc, """
                    SELECT count(*) FROM notifications.delivery
                    WHERE channel = 'EMAIL' AND target = 'yang.jiayi@school.edu.cn' AND status = 'SENT'""")).isEqualTo(1);

            smtp.close();
            SystemWork.run(() -> transaction.executeWithoutResult(status -> outbox.queue(school, users,
                    "notification.demo.rooms", List.of(), null)));
            job.deliverDue();
            assertThat(Demo.count(jdbc, """
                    SELECT count(*) FROM notifications.delivery WHERE channel = 'EMAIL' AND status = 'PENDING'
                    AND attempts = 1 AND last_error = 'SMTP server refused or unreachable'""")).as("a server that is down").isEqualTo(1);
        } finally {
            // The shared application has no mail server: leave no e-mail for its own job to try.
            SystemWork.run(() -> jdbc.sql("UPDATE notifications.delivery SET status = 'FAILED' WHERE channel = 'EMAIL' AND status = 'PENDING'")
                    .update());
        }
    }

    private void saveAddress(WebUser user, String username, String email, boolean enabled) {
        long version = Demo.count(jdbc, """
                SELECT coalesce((SELECT version FROM notifications.user_channel WHERE user_id = ?), 0)""",
                Demo.userId(jdbc, username));
        Map<String, String> form = new java.util.HashMap<>(Map.of("email", email, "_emailEnabled", "on",
                "version", String.valueOf(version)));
        if (enabled) {
            form.put("emailEnabled", "true");
        }
        assertThat(user.post("/notifications/settings", form).redirectsTo("/notifications/settings")).isTrue();
    }
}
