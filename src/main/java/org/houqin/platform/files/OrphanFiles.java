package org.houqin.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly sweep of the files folder: a file whose row is missing, because the process was killed between
 * writing the file and committing its row, or a backup was restored without the newest uploads' rows, is removed
 * once it is older than {@link FilesProperties#orphanAge()} (a younger one may belong to an upload still in its
 * transaction). A file with its row is never touched.
 */
@Component
public class OrphanFiles {

    private static final Logger log = LoggerFactory.getLogger(OrphanFiles.class);
    private static final int BATCH = 500;

    private final FileFolder folder;
    private final JdbcClient jdbc;
    private final Duration orphanAge;

    OrphanFiles(FileFolder folder, JdbcClient jdbc, FilesProperties properties) {
        this.folder = folder;
        this.jdbc = jdbc;
        this.orphanAge = properties.orphanAge();
    }

    @Scheduled(cron = "${houqin.files.sweep-cron:0 10 4 * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "files-orphans", lockAtMostFor = "PT1H")
    public void sweepNightly() {
        int removed = sweep(Instant.now());
        if (removed > 0) {
            log.warn("Removed {} files of the files folder that no row points to", removed);
        }
    }

    /** Removes the orphans older than the age as of {@code now}; returns how many files it removed. */
    public int sweep(Instant now) {
        if (!Files.isDirectory(folder.root())) {
            return 0;
        }
        Instant before = now.minus(orphanAge);
        int removed = 0;
        List<Path> batch = new ArrayList<>(BATCH);
        try (Stream<Path> files = Files.walk(folder.root())) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (id(file).isPresent() && modified(file).isBefore(before)) {
                    batch.add(file);
                }
                if (batch.size() == BATCH) {
                    removed += removeOrphans(batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed + removeOrphans(batch);
    }

    private int removeOrphans(List<Path> files) {
        if (files.isEmpty()) {
            return 0;
        }
        UUID[] ids = files.stream().map(f -> id(f).orElseThrow()).distinct().toArray(UUID[]::new);
        Set<UUID> kept = new HashSet<>(SystemWork.call(() -> jdbc.sql(
                "SELECT id FROM platform.attachment WHERE id = ANY (?)").param(ids).query(UUID.class).list()));
        int removed = 0;
        for (Path file : files) {
            if (!kept.contains(id(file).orElseThrow())) {
                try {
                    removed += Files.deleteIfExists(file) ? 1 : 0;
                } catch (IOException e) {
                    log.warn("Could not remove the orphaned file {}", file, e);
                }
            }
        }
        return removed;
    }

    /** The id a file of the folder is named by: {@code <id>} or {@code <id>.thumb.jpg}; other files are not ours. */
    private static Optional<UUID> id(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(FileFolder.THUMBNAIL_SUFFIX)
                ? name.substring(0, name.length() - FileFolder.THUMBNAIL_SUFFIX.length()) : name;
        if (id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
