package org.houqin.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * Sessions stay in the database and are read on every request, but a request writes the last access only when the
 * stored one is a minute old (ADR 0029); whatever another node does to the stored session applies at once.
 */
class SessionStoreTest extends IntegrationTest {

    @Test
    void aRequestWithinAMinuteOfTheLastWrittenAccessWritesNothing() {
        WebUser user = login("principal");
        Instant recent = Instant.ofEpochMilli(Instant.now().minusSeconds(30).toEpochMilli());
        setLastAccess(user, recent);
        assertThat(user.get("/").status()).isEqualTo(200);
        assertThat(lastAccess(user)).isEqualTo(recent);
    }

    @Test
    void aRequestAfterAMinuteWritesTheLastAccessAndMovesTheExpiry() {
        WebUser user = login("principal");
        setLastAccess(user, Instant.now().minus(Duration.ofMinutes(2)));
        Instant before = Instant.now().minusSeconds(1);
        assertThat(user.get("/").status()).isEqualTo(200);
        assertThat(lastAccess(user)).isAfter(before);
        assertThat(expiry(user)).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
    }

    @Test
    void aSessionIdleLongerThanItsTimeoutIsRefusedThoughItsAccessWasWrittenLazily() {
        WebUser user = login("principal");
        setLastAccess(user, Instant.now().minus(Duration.ofMinutes(31)));
        assertThat(user.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void aSessionRemovedByAnotherNodeIsRefusedOnTheNextRequest() {
        WebUser user = login("principal");
        assertThat(user.get("/").status()).isEqualTo(200);
        // What Sessions.endAllOf on any node does: the row goes, and nothing of it is remembered elsewhere.
        jdbc.sql("DELETE FROM platform.spring_session WHERE session_id = ?").param(id(user)).update();
        assertThat(user.get("/").redirectsTo("/login")).isTrue();
        assertThat(user.getJson("/api/v1/rooms").status()).isEqualTo(401);
    }

    private void setLastAccess(WebUser user, Instant at) {
        jdbc.sql("""
                UPDATE platform.spring_session SET last_access_time = ?,
                       expiry_time = ? + max_inactive_interval * 1000 WHERE session_id = ?
                """).params(at.toEpochMilli(), at.toEpochMilli(), id(user)).update();
    }

    private Instant lastAccess(WebUser user) {
        return Instant.ofEpochMilli(stored(user, "last_access_time"));
    }

    private Instant expiry(WebUser user) {
        return Instant.ofEpochMilli(stored(user, "expiry_time"));
    }

    private long stored(WebUser user, String column) {
        String sql = "SELECT " + column + " FROM platform.spring_session WHERE session_id = ?";
        return jdbc.sql(sql).param(id(user)).query(Long.class).single();
    }

    /** The cookie carries the session id in Base64. */
    private static String id(WebUser user) {
        return new String(Base64.getDecoder().decode(user.sessionId()), StandardCharsets.UTF_8);
    }
}
