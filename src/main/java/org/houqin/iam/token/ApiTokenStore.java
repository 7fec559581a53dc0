package org.houqin.iam.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of personal API tokens, which are kept only as hashes. */
@Component
class ApiTokenStore {

    record NewRow(long userId, String name, String prefix, String hash, boolean readOnly, String modules,
                  Instant expiresAt) {
    }

    private record Found(long id, long userId, boolean readOnly, String modules) {
    }

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiTokens.Token> of(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE t.user_id = ? ORDER BY t.created_at DESC, t.id DESC")
                .param(userId).query(Rows.of(ApiTokens.Token.class)).list();
    }

    /** The school's tokens, of one owner or in one state if asked. */
    PageResult<ApiTokens.Token> page(long schoolId, ListQuery query, SchoolTokens.Filter filter) {
        Where where = Where.of("u.school_id", "school", schoolId).equal("t.user_id", filter.ownerId())
                .search(query, SEARCH);
        if (filter.status() != null) {
            where = where.and(switch (filter.status()) {
                case ACTIVE -> "t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())";
                case EXPIRED -> "t.revoked_at IS NULL AND t.expires_at <= now()";
                case REVOKED -> "t.revoked_at IS NOT NULL";
            });
        }
        return Listing.of(jdbc, COLUMNS, FROM).where(where).orderBy(SchoolTokens.SORTS, query, "t.id DESC")
                .page(query, ApiTokens.Token.class);
    }

    /** The school's accounts that have made a token, for the owner filter. */
    List<SchoolTokens.Owner> owners(long schoolId) {
        return jdbc.sql("""
                SELECT u.id, u.display_name AS name FROM iam.app_user u
                WHERE u.school_id = ? AND EXISTS (SELECT 1 FROM iam.api_token t WHERE t.user_id = u.id)
                ORDER BY u.display_name, u.id""").param(schoolId).query(Rows.of(SchoolTokens.Owner.class)).list();
    }

    Optional<ApiTokens.Token> inSchool(long schoolId, long tokenId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE u.school_id = ? AND t.id = ?")
                .params(schoolId, tokenId).query(Rows.of(ApiTokens.Token.class)).optional();
    }

    long activeCount(long userId) {
        return jdbc.sql("SELECT count(*) FROM iam.api_token WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    long insert(NewRow row) {
        return jdbc.sql("""
                INSERT INTO iam.api_token (user_id, name, token_prefix, token_hash, read_only, modules, expires_at)
                VALUES (?, ?, ?, ?, ?, string_to_array(?, ','), ?) RETURNING id
                """).params(row.userId(), row.name(), row.prefix(), row.hash(), row.readOnly(), row.modules(),
                        Timestamp.from(row.expiresAt())).query(Long.class).single();
    }

    /** @return whether the owner's token was active until now */
    boolean revokeOwn(long tokenId, long ownerId) {
        return jdbc.sql("""
                UPDATE iam.api_token SET revoked_at = now(), revoked_by = user_id
                WHERE id = ? AND user_id = ? AND revoked_at IS NULL
                """).params(tokenId, ownerId).update() == 1;
    }

    /** @return whether the token of an account of the school was active until now */
    boolean revokeInSchool(long tokenId, long schoolId, long revokedBy) {
        return jdbc.sql("""
                UPDATE iam.api_token t SET revoked_at = now(), revoked_by = ?
                FROM iam.app_user u WHERE u.id = t.user_id AND u.school_id = ? AND t.id = ? AND t.revoked_at IS NULL
                """).params(revokedBy, schoolId, tokenId).update() == 1;
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
     * The owner and scope of the active token with this hash. Its last use is recorded at most once a minute, so a
     * client calling many times a second does not write a row per call.
     */
    Optional<ApiTokens.Bearer> bearerOf(String hash) {
        return jdbc.sql("""
                WITH found AS (
                    SELECT id, user_id, read_only, modules, last_used_at FROM iam.api_token
                    WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())),
                used AS (
                    UPDATE iam.api_token t SET last_used_at = now() FROM found
                    WHERE t.id = found.id AND (found.last_used_at IS NULL OR found.last_used_at < now() - interval '1 minute'))
                SELECT id, user_id, read_only, array_to_string(modules, ',') AS modules FROM found
                """).param(hash).query(Rows.of(Found.class)).optional()
                .map(found -> new ApiTokens.Bearer(found.userId(), new TokenScope(found.id(), found.readOnly(),
                        found.modules() == null ? null : Set.of(found.modules().split(",")))));
    }

    /** The token's name, and its owner's name or user name (Latin letters) without regard to case. */
    private static final Search SEARCH = Search.in("t.name", "u.display_name").ignoringCase("u.username");

    private static final String FROM = "iam.api_token t JOIN iam.app_user u ON u.id = t.user_id";

    private static final String COLUMNS = """
            t.id, t.user_id, u.display_name AS owner_name, t.name, t.token_prefix, t.read_only,
            array_to_string(t.modules, ',') AS modules, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
            CASE WHEN t.revoked_at IS NOT NULL THEN 'REVOKED' WHEN t.expires_at <= now() THEN 'EXPIRED'
                 ELSE 'ACTIVE' END AS status""";
}
