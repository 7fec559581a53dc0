package org.houqin.platform.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.houqin.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 防重复提交: a document's create command runs once per submission key. A form is given its key when it is shown
 * ({@link #newKey()}, kept in a hidden field); an API client sends an {@code Idempotency-Key} header
 * ({@link #fromHeader(String)}). The same key again, also while the first request is still being written, answers
 * the document the first one made. A key is the sender's own ({@link #ofUser}). Runs in the caller's transaction, so
 * a create that fails leaves no key behind.
 */
@Component
public class Submissions {

    /** The API's header, as integrators know it from payment APIs. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh key for a form being shown. */
    public static UUID newKey() {
        return UUID.randomUUID();
    }

    /**
     * The key an API client sent: a UUID as it is, any other text as its name-based UUID; none when the header is
     * missing or blank.
     */
    public static Optional<UUID> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.of(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * A key as the sender's own: two people (or two integrations) who happen to send the same key each get their
     * own document, never the other's. Without a user (a guest, the application itself) the key stands as sent.
     */
    public static UUID ofUser(UUID key, Long userId) {
        if (key == null || userId == null) {
            return key;
        }
        return UUID.nameUUIDFromBytes((userId + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The document this key made, or the one {@code create} makes now. Without a key (a document made by the
     * application itself) it simply creates.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long once(long schoolId, DocumentType type, UUID key, LongSupplier create) {
        if (key == null) {
            return create.getAsLong();
        }
        key = ofUser(key, CurrentUser.find().map(CurrentUser::userId).orElse(null));
        // Waits for a transaction sending the same key; afterwards its document is visible here.
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked")
                .param(schoolId + ":" + type.code() + ":" + key).query(Integer.class).single();
        Optional<Long> earlier = jdbc.sql("""
                SELECT document_id FROM platform.submission
                WHERE school_id = ? AND document_type = ? AND submission_key = ?""")
                .params(schoolId, type.code(), key).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long id = create.getAsLong();
        jdbc.sql("""
                INSERT INTO platform.submission (school_id, document_type, submission_key, document_id)
                VALUES (?, ?, ?, ?)""").params(schoolId, type.code(), key, id).update();
        return id;
    }
}
