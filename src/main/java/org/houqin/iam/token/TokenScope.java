package org.houqin.iam.token;

import java.util.Optional;
import java.util.Set;

/**
 * What one bearer call may do beyond its owner's permissions: a read-only token only reads, a token limited to some
 * application modules only reaches handlers of those modules. Who the caller is ({@code /api/v1/me}) is always
 * answered, so that an integration can check its token whatever its scope.
 *
 * @param modules the application modules the token is limited to, or {@code null} for every module of its owner
 */
public record TokenScope(long tokenId, boolean readOnly, Set<String> modules) {

    /** Set on the request by {@link ApiTokenFilter} for a bearer call. */
    static final String ATTRIBUTE = TokenScope.class.getName();
    static final String ALWAYS_ALLOWED = "/api/v1/me";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BASE_PACKAGE = "org.houqin.";

    public TokenScope {
        modules = modules == null || modules.isEmpty() ? null : Set.copyOf(modules);
    }

    /** The refusal's code (a message key) for a call of {@code method} to a handler of {@code module}, if refused. */
    public Optional<String> refusal(String method, String module, String path) {
        if (ALWAYS_ALLOWED.equals(path)) {
            return Optional.empty();
        }
        if (readOnly && !READING.contains(method)) {
            return Optional.of("token.readOnly");
        }
        if (modules != null && (module == null || !modules.contains(module))) {
            return Optional.of("token.module");
        }
        return Optional.empty();
    }

    /** The application module of a handler's class ({@code org.houqin.<module>.…}), or null outside Houqin. */
    public static String moduleOf(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(BASE_PACKAGE)) {
            return null;
        }
        String rest = name.substring(BASE_PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }
}
