package org.houqin.iam.token;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of personal API tokens, which are kept only as hashes. */
@Component
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiTokens.Token> of(long userId) {
        return jdbc.sql("""
                SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM iam.api_token
                WHERE user_id = ? ORDER BY created_at DESC
                """).param(userId).query(Rows.of(ApiTokens.Token.class)).list();
    }

    long activeCount(long userId) {
        return jdbc.sql("SELECT count(*) FROM iam.api_token WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    long insert(long userId, String name, String prefix, String hash) {
        return jdbc.sql("""
                INSERT INTO iam.api_token (user_id, name, token_prefix, token_hash) VALUES (?, ?, ?, ?) RETURNING id
                """).params(userId, name, prefix, hash).query(Long.class).single();
    }

    /** @return whether the user's token was active until now */
    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("""
                UPDATE iam.api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL
                """).params(tokenId, userId).update() == 1;
    }

    boolean isOwnedBy(long userId, long tokenId) {
        return jdbc.sql("SELECT count(*) FROM iam.api_token WHERE id = ? AND user_id = ?").params(tokenId, userId)
                .query(Long.class).single() == 1;
    }

    int revokeAllOf(long userId) {
        return jdbc.sql("UPDATE iam.api_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).update();
    }

    /**
     * The owner of the active token with this hash. Its last use is recorded at most once a minute, so a client
     * calling many times a second does not write a row per call.
     */
    Optional<Long> ownerOf(String hash) {
        return jdbc.sql("""
                WITH found AS (
                    SELECT id, user_id, last_used_at FROM iam.api_token
                    WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())),
                used AS (
                    UPDATE iam.api_token t SET last_used_at = now() FROM found
                    WHERE t.id = found.id AND (found.last_used_at IS NULL OR found.last_used_at < now() - interval '1 minute'))
                SELECT user_id FROM found
                """).param(hash).query(Long.class).optional();
    }
}
