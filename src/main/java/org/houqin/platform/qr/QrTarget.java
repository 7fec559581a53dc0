package org.houqin.platform.qr;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of thing whose printed label carries a QR code that opens it: rooms ({@code /q/<token>}), asset cards
 * ({@code /a/<token>}), and next patrol checkpoints and meters. Declared once, as a bean, by the module that owns the
 * thing; {@link QrTargets} refuses two targets with one prefix. The token is 24 hexadecimal characters, so a label never
 * shows a database id.
 *
 * @param prefix         the path's first segment, one or two lowercase letters (short codes scan better)
 * @param labelKey       the message key of what the label is on, e.g. 房间
 * @param openToVisitors whether a visitor who is not signed in may open the path (the module's own page then decides
 *                       what a visitor sees); otherwise signing in comes first
 */
public record QrTarget(String prefix, String labelKey, boolean openToVisitors) {

    private static final Pattern PREFIX = Pattern.compile("[a-z]{1,2}");
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{24}");

    public QrTarget {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A QR target's prefix is one or two lowercase letters: " + prefix);
        }
    }

    /** The path a label of this target opens: {@code /q/<token>}. */
    public String path(String token) {
        if (!isToken(token)) {
            throw new IllegalArgumentException("Not a label token: " + token);
        }
        return "/" + prefix + "/" + token;
    }

    /** The path pattern for the web layer: {@code /q/*}. */
    public String pathPattern() {
        return "/" + prefix + "/*";
    }

    /** The token of this target in a scanned or typed text (a whole URL as a scanner types it), if it is one. */
    public Optional<String> tokenIn(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile("/" + prefix + "/([0-9a-f]{24})(?:[/?#].*)?$").matcher(scanned.strip());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static boolean isToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }
}
