package org.houqin.platform.backup;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code platform.backup_run}: each run from its start, finished with its archive or its error. */
@Repository
class BackupRuns {

    private static final String SELECT = """
            SELECT id, kind, requested_by, started_at, finished_at, file_name, size_bytes, table_count, row_count,
                   file_count, verified, error
            FROM platform.backup_run""";

    private final JdbcClient jdbc;

    BackupRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String kind, Long requestedBy) {
        return jdbc.sql("INSERT INTO platform.backup_run (kind, requested_by) VALUES (?, ?) RETURNING id")
                .params(kind, requestedBy).query(Long.class).single();
    }

    void finish(long id, ArchiveWriter.Written archive, Verification check) {
        jdbc.sql("""
                UPDATE platform.backup_run SET finished_at = now(), file_name = ?, size_bytes = ?, table_count = ?,
                       row_count = ?, file_count = ?, verified = ?, error = ?
                WHERE id = ?""")
                .params(archive.path().getFileName().toString(), archive.size(), archive.manifest().tables().size(),
                        archive.manifest().rows(), archive.manifest().files().size(), check.passed(),
                        check.passed() ? null : "backup.error.verification", id)
                .update();
    }

    void fail(long id, String errorKey) {
        jdbc.sql("UPDATE platform.backup_run SET finished_at = now(), verified = false, error = ? WHERE id = ?")
                .params(errorKey, id).update();
    }

    List<BackupRun> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY started_at DESC, id DESC LIMIT ?").param(limit)
                .query(Rows.of(BackupRun.class)).list();
    }

    Optional<BackupRun> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Rows.of(BackupRun.class)).optional();
    }

    /** The archives that passed their check: the newest of them is never swept. */
    List<String> verifiedFiles() {
        return jdbc.sql("SELECT file_name FROM platform.backup_run WHERE verified AND file_name IS NOT NULL")
                .query(String.class).list();
    }
}
