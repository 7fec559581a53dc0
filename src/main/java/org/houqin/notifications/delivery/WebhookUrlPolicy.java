package org.houqin.notifications.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "A robot URL is https to the robot service's own host": Houqin posts to these URLs from inside the school's
 * network, so an arbitrary URL would let anyone who may edit the settings make the server call internal addresses
 * (server-side request forgery). 企业微信 and 钉钉 robots always live on qyapi.weixin.qq.com and oapi.dingtalk.com;
 * a school that relays through its own gateway adds that host in {@code houqin.notifications.webhook-allowed-hosts}.
 */
@Component
public class WebhookUrlPolicy {

    /** Why a URL was refused, as a message key with its arguments. */
    public record Refusal(String messageKey, Object... args) {
    }

    private record Allowed(String scheme, String host, boolean anyPort) {
    }

    private final List<Allowed> allowed;

    @Autowired
    WebhookUrlPolicy(NotificationsProperties properties) {
        this(properties.webhookAllowedHosts());
    }

    WebhookUrlPolicy(List<String> entries) {
        this.allowed = entries.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(WebhookUrlPolicy::parse).toList();
    }

    /** Empty when Houqin may post to the URL. */
    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(new Refusal("notification.robot.url.invalid"));
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of(new Refusal("notification.robot.url.invalid"));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowed.stream().anyMatch(a -> a.host().equals(host) && a.scheme().equals(scheme)
                && (a.anyPort() || uri.getPort() == -1 || uri.getPort() == 443))) {
            return Optional.empty();
        }
        if (!scheme.equals("https") && allowed.stream().noneMatch(a -> a.host().equals(host) && a.scheme().equals(scheme))) {
            return Optional.of(new Refusal("notification.robot.url.https"));
        }
        return Optional.of(new Refusal("notification.robot.url.host", allowedHosts()));
    }

    public String allowedHosts() {
        return String.join(", ", allowed.stream().map(Allowed::host).distinct().toList());
    }

    private static Allowed parse(String entry) {
        int separator = entry.indexOf("://");
        if (separator < 0) {
            return new Allowed("https", entry.toLowerCase(Locale.ROOT), false);
        }
        return new Allowed(entry.substring(0, separator).toLowerCase(Locale.ROOT),
                entry.substring(separator + 3).toLowerCase(Locale.ROOT), true);
    }
}
