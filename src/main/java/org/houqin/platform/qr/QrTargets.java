package org.houqin.platform.qr;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.HouqinProperties;
import org.springframework.stereotype.Component;

/**
 * Every kind of QR label the modules declared. Two targets with one prefix stop the application at start-up, so a new
 * module cannot take over another's labels; the addresses printed on labels all come from here.
 */
@Component
public class QrTargets {

    private final Map<String, QrTarget> byPrefix = new LinkedHashMap<>();
    private final String publicUrl;

    QrTargets(List<QrTarget> declared, HouqinProperties properties) {
        declared.stream().sorted(Comparator.comparing(QrTarget::prefix)).forEach(target -> {
            QrTarget before = byPrefix.putIfAbsent(target.prefix(), target);
            if (before != null) {
                throw new IllegalStateException("Two QR targets use the prefix /" + target.prefix() + "/: " + before
                        + " and " + target);
            }
        });
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    }

    /** The address a label prints, under {@code HOUQIN_PUBLIC_URL}: short, stable, without a database id. */
    public String url(QrTarget target, String token) {
        if (!byPrefix.containsValue(target)) {
            throw new IllegalArgumentException("Not a declared QR target: " + target);
        }
        return publicUrl + target.path(token);
    }

    public List<QrTarget> all() {
        return List.copyOf(byPrefix.values());
    }

    /** The paths a visitor may open without signing in, for the security configuration. */
    public String[] visitorPaths() {
        return byPrefix.values().stream().filter(QrTarget::openToVisitors).map(QrTarget::pathPattern)
                .toArray(String[]::new);
    }
}
