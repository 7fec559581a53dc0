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
import org.houqin.platform.db.Rows;
import org.houqin.platform.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Token> of(long userId) {
        return jdbc.sql("""
                SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM iam.api_token
                WHERE user_id = ? ORDER BY created_at DESC
                """).param(userId).query(Rows.of(Token.class)).list();
    }

    /** @return the token itself, which is never stored and cannot be shown again */
    @Transactional
    public String create(long userId, String name) {
        long active = jdbc.sql("SELECT count(*) FROM iam.api_token WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).query(Long.class).single();
        if (active >= MAX_PER_USER) {
            throw new RuleViolation("name", "token.tooMany", MAX_PER_USER);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                INSERT INTO iam.api_token (user_id, name, token_prefix, token_hash) VALUES (?, ?, ?, ?) RETURNING id
                """).params(userId, name, token.substring(0, 10), hash(token)).query(Long.class).single();
        audit.changed("iam", "api_token", id, "CREATE", null, java.util.Map.of("name", name, "userId", userId));
        return token;
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("""
                UPDATE iam.api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL
                """).params(tokenId, userId).update();
        if (changed == 1) {
            audit.changed("iam", "api_token", tokenId, "REVOKE", null, null);
        }
    }

    /** Revokes every active token of a user, when their password is reset by an administrator. */
    @Transactional
    public int revokeAllOf(long userId) {
        return jdbc.sql("UPDATE iam.api_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).update();
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
        return jdbc.sql("""
                WITH found AS (
                    SELECT id, user_id, last_used_at FROM iam.api_token
                    WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())),
                used AS (
                    UPDATE iam.api_token t SET last_used_at = now() FROM found
                    WHERE t.id = found.id AND (found.last_used_at IS NULL OR found.last_used_at < now() - interval '1 minute'))
                SELECT user_id FROM found
                """).param(hash(token)).query(Long.class).optional();
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
