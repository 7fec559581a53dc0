package org.houqin.notifications.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Posts a text message to a 企业微信 or 钉钉 group robot. Short timeouts, because a run of the delivery job waits for
 * each post in turn; no redirects, because a redirect could lead past the host check.
 */
@Component
public class WebhookSender {

    private final HttpClient http;
    private final Duration timeout;
    private final WebhookUrlPolicy urls;

    WebhookSender(NotificationsProperties properties, WebhookUrlPolicy urls) {
        this.timeout = properties.webhookTimeout();
        this.urls = urls;
        this.http = HttpClient.newBuilder().connectTimeout(this.timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Empty when the robot took the message, else a short reason (never a stack trace). */
    public Optional<String> send(Channel channel, String url, String content) {
        // Checked again at sending: the allowed hosts may have been narrowed since the URL was saved.
        if (urls.check(url).isPresent()) {
            return Optional.of("URL not allowed");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(WebhookPayloads.text(channel, content), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return WebhookPayloads.failure(response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException e) {
            return Optional.of("connect timeout");
        } catch (HttpTimeoutException e) {
            return Optional.of("timeout after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return Optional.of("network error (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
