package org.houqin.iam.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once at creation, stored only as a SHA-256 hash, revocable. A token acts with the
 * permissions its owner has at the time of each call.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "hq_";
    static final int MAX_PER_USER = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Token(long id, String name, String tokenPrefix, Instant createdAt, Instant lastUsedAt,
                        Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    private final ApiTokenStore store;
    private final AuditLog audit;

    ApiTokens(ApiTokenStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Token> of(long userId) {
        return store.of(userId);
    }

    /** @return the token itself, which is never stored and cannot be shown again */
    @Transactional
    public String create(long userId, String name) {
        if (store.activeCount(userId) >= MAX_PER_USER) {
            throw new RuleViolation("name", "token.tooMany", MAX_PER_USER);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = store.insert(userId, name, token.substring(0, 10), hash(token));
        audit.changed("iam", "api_token", id, "CREATE", null, java.util.Map.of("name", name, "userId", userId));
        return token;
    }

    /** Revokes one of the user's own tokens; revoking it again changes nothing, another's token is not found. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        if (store.revoke(userId, tokenId)) {
            audit.changed("iam", "api_token", tokenId, "REVOKE", null, null);
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
     * The owner of an active token. Its last use is recorded at most once a minute, so a client calling many times a
     * second does not write a row per call.
     */
    @Transactional
    public Optional<Long> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.ownerOf(hash(token));
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
