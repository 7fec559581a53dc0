package org.houqin.notifications.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text messages the group robots accept and what their answers mean. Both services take
 * {@code {"msgtype":"text","text":{"content":"…"}}} and answer HTTP 200 with {@code {"errcode":0,…}} on success,
 * a non-zero errcode (a wrong key, a missing keyword, too many posts a minute) otherwise.
 */
final class WebhookPayloads {

    /** 企业微信 refuses text content over 2048 UTF-8 bytes; 钉钉 allows 20000. */
    static final int WECOM_MAX_BYTES = 2048;
    static final int DINGTALK_MAX_BYTES = 20000;

    private static final JsonMapper JSON = JsonMapper.shared();

    private WebhookPayloads() {
    }

    static String text(Channel channel, String content) {
        int limit = switch (channel) {
            case WECOM -> WECOM_MAX_BYTES;
            case DINGTALK -> DINGTALK_MAX_BYTES;
            case EMAIL -> throw new IllegalArgumentException("E-mail is not a robot");
        };
        ObjectNode payload = JSON.createObjectNode();
        payload.put("msgtype", "text");
        payload.putObject("text").put("content", truncate(content, limit));
        return JSON.writeValueAsString(payload);
    }

    /** Empty when the robot took the message, else a short reason for the delivery list. */
    static Optional<String> failure(int status, String body) {
        if (status < 200 || status > 299) {
            return Optional.of("HTTP " + status);
        }
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JacksonException e) {
            // Both services always answer JSON; a page instead (a proxy's login page) means the post went nowhere.
            return Optional.of("HTTP " + status + ", answer is not JSON");
        }
        JsonNode errcode = answer.path("errcode");
        if (errcode.isMissingNode() || errcode.asInt(-1) == 0) {
            return Optional.empty();
        }
        String errmsg = answer.path("errmsg").asString("");
        return Optional.of(("errcode " + errcode.asString("?") + (errmsg.isBlank() ? "" : ": " + errmsg)));
    }

    /** Cuts at a character boundary so that the UTF-8 form fits, marking the cut with an ellipsis. */
    static String truncate(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - "…".getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        return kept.append('…').toString();
    }
}
