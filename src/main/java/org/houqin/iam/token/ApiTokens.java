package org.houqin.iam.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.houqin.audit.AuditLog;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once at creation, stored only as a SHA-256 hash, revocable. A token acts with the
 * permissions its owner has at the time of each call, within its scope: read-only or read-write, some modules or
 * all, until its expiry date.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "hq_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner and the school's administrator see it; {@code modules} joined by commas, or null. */
    public record Token(long id, long userId, String ownerName, String name, String tokenPrefix, boolean readOnly,
                        String modules, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                        TokenStatus status) {

        public boolean active() {
            return status == TokenStatus.ACTIVE;
        }

        /** The modules it is limited to; empty for every module. */
        public List<String> moduleList() {
            return modules == null || modules.isBlank() ? List.of() : Arrays.asList(modules.split(","));
        }

        /** The last day it works, in the school's zone; null for a token made before tokens had an expiry. */
        public LocalDate expiresOn() {
            return TokenExpiry.lastDay(expiresAt, SchoolClock.applicationZone());
        }
    }

    /** What the owner asks for: a name, read-only or not, the modules (none: all) and the last day. */
    public record NewToken(String name, boolean readOnly, Set<String> modules, LocalDate expiresOn) {

        public NewToken {
            modules = modules == null ? Set.of() : new TreeSet<>(modules);
        }
    }

    /** The owner of a token that works now, and what the token may do. */
    public record Bearer(long userId, TokenScope scope) {
    }

    private final ApiTokenStore store;
    private final AuditLog audit;
    private final TokenModules modules;
    private final SchoolClock clock;
    /** Active tokens a person may hold at once (houqin.security.max-api-tokens-per-user, 20 unless set). */
    private final int maxPerUser;

    ApiTokens(ApiTokenStore store, AuditLog audit, TokenModules modules, SchoolClock clock,
              HouqinProperties properties) {
        this.maxPerUser = properties.security().maxApiTokensPerUser();
        this.store = store;
        this.audit = audit;
        this.modules = modules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Token> of(long userId) {
        return store.of(userId);
    }

    /** The modules a token may be limited to, in code ({@code assets}); their names are {@code token.module.*}. */
    public Set<String> moduleChoices() {
        return modules.all();
    }

    /** The expiry date a new token's form offers: a year from today. */
    public LocalDate suggestedExpiry() {
        return TokenExpiry.suggested(clock.today());
    }

    /** @return the token itself, which is never stored and cannot be shown again */
    @Transactional
    public String create(long userId, NewToken request) {
        TokenExpiry.check(request.expiresOn(), clock.today());
        if (!moduleChoices().containsAll(request.modules())) {
            throw new RuleViolation("modules", "token.module.unknown");
        }
        if (store.activeCount(userId) >= maxPerUser) {
            throw new RuleViolation("name", "token.tooMany", maxPerUser);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String chosen = request.modules().isEmpty() ? null : String.join(",", request.modules());
        long id = store.insert(new ApiTokenStore.NewRow(userId, request.name(), token.substring(0, 10), hash(token),
                request.readOnly(), chosen, TokenExpiry.endOf(request.expiresOn(), clock.zone())));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", request.name());
        after.put("userId", userId);
        after.put("readOnly", request.readOnly());
        after.put("modules", chosen == null ? "*" : chosen);
        after.put("expiresOn", request.expiresOn().toString());
        audit.changed("iam", "api_token", id, "CREATE", null, after);
        return token;
    }

    /** Revokes one of the user's own tokens; revoking it again changes nothing, another's token is not found. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        if (store.revokeOwn(tokenId, userId)) {
            audit.changed("iam", "api_token", tokenId, "REVOKE", null, Map.of("userId", userId, "revokedBy", userId));
        } else if (!store.isOwnedBy(userId, tokenId)) {
            throw new NotFoundException("API token", tokenId);
        }
    }

    /** Revokes every active token of a user, when their password is reset by an administrator. */
    @Transactional
    public int revokeAllOf(long userId) {
        return store.revokeAllOf(userId);
    }

    /**
     * The owner and scope of a token that works now: known, not revoked, not expired. Its last use is recorded at
     * most once a minute, so a client calling many times a second does not write a row per call.
     */
    @Transactional
    public Optional<Bearer> bearer(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.bearerOf(hash(token));
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
