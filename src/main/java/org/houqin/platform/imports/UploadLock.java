package org.houqin.platform.imports;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lock a run of an import holds on its upload: a PostgreSQL advisory lock of the run's transaction. A second run
 * of the same file (a double click, on this node or another) finds it taken; it ends with the transaction, or with
 * the connection when the process running it dies, so a run a crash interrupted can be started again at once instead
 * of waiting for a timeout.
 */
@Component
class UploadLock {

    private final JdbcClient jdbc;

    UploadLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the upload's lock until the caller's transaction ends; false when a live run holds it. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean take(UUID upload) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))").param("import:" + upload)
                .query(Boolean.class).single();
    }
}
