package org.houqin.iam.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class StoredSessionsTest {

    private final Database database = new Database();
    private final StoredSessions sessions = new StoredSessions(database);

    @Test
    void aRequestReadsItsSessionFromTheDatabaseOnce() throws Exception {
        String id = database.stored(Instant.now());
        StoredSessions.withinRequest(() -> {
            StoredSessions.Touched first = sessions.findById(id);
            sessions.save(first);
            assertThat(sessions.findById(id)).isSameAs(first);
        });
        assertThat(database.reads).isEqualTo(1);
    }

    @Test
    void everyRequestReadsTheDatabaseAgain() throws Exception {
        String id = database.stored(Instant.now());
        StoredSessions.withinRequest(() -> sessions.findById(id));
        database.deleteById(id);
        StoredSessions.withinRequest(() -> assertThat(sessions.findById(id)).isNull());
        assertThat(database.reads).isEqualTo(2);
    }

    @Test
    void aSessionEndedDuringTheRequestIsNotFoundAgain() throws Exception {
        String id = database.stored(Instant.now());
        StoredSessions.withinRequest(() -> {
            sessions.findById(id);
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();
        });
    }

    @Test
    void workOutsideARequestAlwaysReadsTheDatabase() {
        String id = database.stored(Instant.now());
        sessions.findById(id);
        sessions.findById(id);
        assertThat(database.reads).isEqualTo(2);
    }

    @Test
    void theSessionIsReadWithoutAskingWhoseSchoolsTheConnectionMaySee() {
        sessions.findById(database.stored(Instant.now()));
        assertThat(database.readAsSystemWork).isTrue();
    }

    @Test
    void theLastAccessMovesOnlyWhenTheStoredOneIsAMinuteOld() {
        Instant recent = Instant.now().minusSeconds(30);
        StoredSessions.Touched session = sessions.findById(database.stored(recent));
        session.setLastAccessedTime(Instant.now());
        assertThat(session.getLastAccessedTime()).isEqualTo(recent);

        Instant old = Instant.now().minus(Duration.ofMinutes(2));
        StoredSessions.Touched idle = sessions.findById(database.stored(old));
        Instant now = Instant.now();
        idle.setLastAccessedTime(now);
        assertThat(idle.getLastAccessedTime()).isEqualTo(now);
    }

    /** Sessions by id, counting the reads. */
    private static final class Database implements FindByIndexNameSessionRepository<MapSession> {

        private final Map<String, MapSession> rows = new HashMap<>();
        private int reads;
        private boolean readAsSystemWork;

        String stored(Instant lastAccess) {
            MapSession session = new MapSession();
            session.setLastAccessedTime(lastAccess);
            rows.put(session.getId(), session);
            return session.getId();
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            readAsSystemWork = SystemWork.isActive();
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
