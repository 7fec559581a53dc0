package org.houqin.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The text message both robots take, and how their answers are read. */
class WebhookPayloadsTest {

    @Test
    void aWecomPostIsATextMessageWithTheContent() {
        assertThat(WebhookPayloads.text(Channel.WECOM, "【示范中学后勤】报修单已派工"))
                .isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"【示范中学后勤】报修单已派工\"}}");
    }

    @Test
    void aDingtalkPostHasTheSameShapeAndEscapesQuotesAndLineBreaks() {
        JsonNode payload = JsonMapper.shared().readTree(WebhookPayloads.text(Channel.DINGTALK, "A \"B\"\nC\\D"));
        assertThat(payload.path("msgtype").asString()).isEqualTo("text");
        assertThat(payload.path("text").path("content").asString()).isEqualTo("A \"B\"\nC\\D");
        assertThat(payload.size()).isEqualTo(2);
    }

    @Test
    void wecomContentIsCutToItsByteLimitWithoutBreakingACharacter() {
        String longText = "报".repeat(1000);
        String content = JsonMapper.shared().readTree(WebhookPayloads.text(Channel.WECOM, longText))
                .path("text").path("content").asString();
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(WebhookPayloads.WECOM_MAX_BYTES);
        assertThat(content).startsWith("报报").endsWith("…").doesNotContain("\uFFFD");
        String dingtalk = JsonMapper.shared().readTree(WebhookPayloads.text(Channel.DINGTALK, longText))
                .path("text").path("content").asString();
        assertThat(dingtalk).as("钉钉 allows 20000 bytes").isEqualTo(longText);
    }

    @Test
    void anEmailIsNoRobotPost() {
        assertThatThrownBy(() -> WebhookPayloads.text(Channel.EMAIL, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyA2xxAnswerWithErrcodeZeroIsSuccess() {
        assertThat(WebhookPayloads.failure(200, "{\"errcode\":0,\"errmsg\":\"ok\"}")).isEmpty();
        assertThat(WebhookPayloads.failure(204, "")).isEmpty();
        assertThat(WebhookPayloads.failure(500, "{\"errcode\":0}")).contains("HTTP 500");
        assertThat(WebhookPayloads.failure(404, null)).contains("HTTP 404");
        assertThat(WebhookPayloads.failure(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"))
                .contains("errcode 93000: invalid webhook url");
        assertThat(WebhookPayloads.failure(200, "{\"errcode\":310000}")).contains("errcode 310000");
        assertThat(WebhookPayloads.failure(200, "<html>login</html>").orElseThrow()).contains("not JSON");
    }
}
