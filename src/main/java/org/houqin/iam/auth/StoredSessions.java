package org.houqin.iam.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import org.houqin.platform.security.SystemWork;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database's sessions, read once per request and written only when they change (ADR 0029). Spring Session marks
 * a session changed on every request because its last access moves; here the last access is written at most once a
 * minute, so an unchanged session is saved without a statement. Spring Session also asks for the session again
 * after it has saved it (when a page's response is flushed and again at the end); within a request that answer is
 * the session already read. Every request still starts by reading the database, so a session ended on any node
 * (sign-out, revocation, a change of roles) is refused by every node on its next request.
 */
final class StoredSessions implements FindByIndexNameSessionRepository<StoredSessions.Touched> {

    /** How stale a stored last access may be; an idle session therefore ends up to this much early. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** The sessions read by the current request, while {@link #withinRequest} runs; none outside a request. */
    private static final ThreadLocal<Map<String, Touched>> READ = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings("unchecked")
    StoredSessions(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    /** Runs a request so that each of its sessions is read from the database once. */
    static void withinRequest(RequestWork work) throws IOException, ServletException {
        if (READ.get() != null) {
            work.run();
            return;
        }
        READ.set(new HashMap<>());
        try {
            work.run();
        } finally {
            READ.remove();
        }
    }

    @FunctionalInterface
    interface RequestWork {
        void run() throws IOException, ServletException;
    }

    @Override
    public Touched createSession() {
        return new Touched(store.createSession());
    }

    @Override
    public void save(Touched session) {
        store.save(session.stored);
    }

    @Override
    public Touched findById(String id) {
        Map<String, Touched> read = READ.get();
        Touched known = read == null ? null : read.get(id);
        if (known != null && known.getId().equals(id) && !known.isExpired()) {
            return known;
        }
        // As system work, so that taking the connection does not ask whose schools it may see: that question reads
        // the security context, which is in this very session, and would read the session a second time.
        Session session = SystemWork.call(() -> store.findById(id));
        Touched touched = session == null ? null : new Touched(session);
        if (read != null && touched != null) {
            read.put(id, touched);
        }
        return touched;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Touched> read = READ.get();
        if (read != null) {
            read.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Touched(entry.getValue())));
    }

    /** A stored session whose last access moves only when the stored one is older than the interval. */
    static final class Touched implements Session {

        private final Session stored;

        Touched(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(TOUCH_INTERVAL))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
