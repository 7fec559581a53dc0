package org.houqin.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a backup once across the nodes (the jobs' lock in the database), records it, reads the archive back to
 * verify it and sweeps the archives past the days to keep. The nightly job and the admin page's button both come
 * here; the export runs as the database's owner (the migrations' pool), which sees every school.
 */
@Service
public class Backups implements DisposableBean {

    static final String LOCK = "platform-backup";
    private static final int RECENT = 20;
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final BackupRuns runs;
    private final DataSource owner;
    private final LockingTaskExecutor locks;
    private final BackupProperties properties;
    private final HouqinProperties houqin;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "houqin-backup");
        thread.setDaemon(true);
        return thread;
    });

    Backups(BackupRuns runs, @FlywayDataSource DataSource owner, LockProvider lockProvider,
            BackupProperties properties, HouqinProperties houqin, ApplicationEventPublisher events) {
        this.runs = runs;
        this.owner = owner;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.properties = properties;
        this.houqin = houqin;
        this.clock = Clock.systemUTC();
        this.events = events;
    }

    /** Runs a backup now on this thread, unless one runs already (here or on another node): then empty. */
    public Optional<Long> run(String kind, Long requestedBy) {
        return run(kind, requestedBy, () -> { });
    }

    /** {@code recorded} runs once the run's row is written, from when the page shows it running. */
    private Optional<Long> run(String kind, Long requestedBy, Runnable recorded) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), LOCK, BackupRun.LONGEST, Duration.ZERO);
        try {
            LockingTaskExecutor.TaskResult<Long> result = locks.executeWithLock(
                    () -> runLocked(kind, requestedBy, recorded), lock);
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (Throwable e) {
            throw new IllegalStateException("backup failed", e);
        }
    }

    /** Starts a backup in the background for the admin page's button, unless one runs already. */
    @Transactional
    public boolean start(CurrentUser me) {
        if (recent().stream().anyMatch(r -> r.status(clock.instant()) == BackupRun.Status.RUNNING)
                || !queued.compareAndSet(false, true)) {
            return false;
        }
        events.publishEvent(new BackupAudited("RUN", null, null));
        background.submit(() -> {
            try {
                run("MANUAL", me.userId(), () -> queued.set(false));
            } finally {
                queued.set(false);
            }
        });
        return true;
    }

    List<BackupRun> recent() {
        return runs.recent(RECENT);
    }

    Optional<BackupAlert> alert() {
        return BackupAlert.of(recent(), clock.instant(), properties.alertAfter());
    }

    /** The archive of a run, to download; recorded in the audit log. */
    @Transactional
    public Path archive(long runId) {
        BackupRun run = runs.find(runId).filter(r -> r.fileName() != null)
                .orElseThrow(() -> new NotFoundException("backup", runId));
        Path file = folder().resolve(run.fileName());
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("backup", runId);
        }
        events.publishEvent(new BackupAudited("DOWNLOAD", runId, run.fileName()));
        return file;
    }

    /** Whether the run's archive is still in the folder (not swept, not moved away). */
    boolean kept(BackupRun run) {
        return run.fileName() != null && Files.isRegularFile(folder().resolve(run.fileName()));
    }

    Path folder() {
        return properties.folderUnder(houqin.dataDir());
    }

    private long runLocked(String kind, Long requestedBy, Runnable recorded) {
        long id = runs.start(kind, requestedBy);
        recorded.run();
        try {
            ArchiveWriter writer = new ArchiveWriter(owner, houqin.dataDir().resolve("files").toAbsolutePath(),
                    houqin.timeZone(), clock);
            ArchiveWriter.Written archive = writer.writeTo(folder());
            Verification check = ArchiveCheck.verify(archive.path());
            runs.finish(id, archive, check);
            log.info("Backup {} written: {} bytes, {}", archive.path().getFileName(), archive.size(), check.summary());
            if (!check.passed()) {
                log.error("Backup {} does not match its manifest: {}", archive.path(), check.problems());
            }
            sweep();
        } catch (BackupException e) {
            log.error("Backup failed: {}", e.getMessage(), e);
            runs.fail(id, e.key());
        } catch (RuntimeException e) {
            log.error("Backup failed", e);
            runs.fail(id, "backup.error.unexpected");
        }
        return id;
    }

    /** Deletes archives (and pieces of cut-off runs) past the days to keep, never the newest verified one. */
    private void sweep() {
        Set<String> verified = new HashSet<>(runs.verifiedFiles());
        List<Retention.Archive> archives;
        try (Stream<Path> files = Files.list(folder())) {
            archives = files.filter(f -> f.getFileName().toString().startsWith(ArchiveWriter.PREFIX))
                    .map(f -> new Retention.Archive(f.getFileName().toString(), modified(f),
                            verified.contains(f.getFileName().toString())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Retention.Archive old : new Retention(properties.keepDays()).toDelete(archives, clock.instant())) {
            try {
                Files.deleteIfExists(folder().resolve(old.name()));
                log.info("Backup {} deleted after {} days", old.name(), properties.keepDays());
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}", old.name(), e);
            }
        }
    }

    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
