package org.houqin.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Robot URLs go over https to the robot services' own hosts, unless a host is allowed explicitly. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = new WebhookUrlPolicy(List.of("qyapi.weixin.qq.com", "oapi.dingtalk.com"));

    @Test
    void acceptsTheRobotServicesOverHttps() {
        assertThat(production.check("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")).isEmpty();
        assertThat(production.check("https://oapi.dingtalk.com/robot/send?access_token=abc")).isEmpty();
        assertThat(production.check("https://OAPI.dingtalk.com:443/robot/send?access_token=abc")).isEmpty();
    }

    @Test
    void refusesPlainHttpOtherHostsAndTricks() {
        assertThat(production.check("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"))
                .map(WebhookUrlPolicy.Refusal::messageKey).contains("notification.robot.url.https");
        assertThat(production.check("https://169.254.169.254/latest/meta-data"))
                .map(WebhookUrlPolicy.Refusal::messageKey).contains("notification.robot.url.host");
        assertThat(production.check("https://qyapi.weixin.qq.com.evil.example/send"))
                .map(WebhookUrlPolicy.Refusal::messageKey).contains("notification.robot.url.host");
        assertThat(production.check("https://oapi.dingtalk.com@evil.example/robot/send"))
                .map(WebhookUrlPolicy.Refusal::messageKey).contains("notification.robot.url.invalid");
        assertThat(production.check("https://oapi.dingtalk.com:8443/robot/send")).isPresent();
        assertThat(production.check("http://localhost:8080/hook")).isPresent();
        assertThat(production.check("not a url")).map(WebhookUrlPolicy.Refusal::messageKey)
                .contains("notification.robot.url.invalid");
        assertThat(production.check("file:///etc/passwd")).isPresent();
    }

    @Test
    void anEntryWithASchemeAllowsThatSchemeOnAnyPort() {
        WebhookUrlPolicy withRelay = new WebhookUrlPolicy(List.of("qyapi.weixin.qq.com", "http://localhost"));
        assertThat(withRelay.check("http://localhost:41234/cgi-bin/webhook/send?key=t")).isEmpty();
        assertThat(withRelay.check("http://127.0.0.1:41234/hook")).isPresent();
        assertThat(withRelay.allowedHosts()).isEqualTo("qyapi.weixin.qq.com, localhost");
    }
}
