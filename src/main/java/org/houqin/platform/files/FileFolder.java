package org.houqin.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.houqin.platform.HouqinProperties;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The files folder ({@code <data-dir>/files}): a file by its id under the month it was stored in
 * ({@code files/2026/11/<id>}, its thumbnail beside it as {@code <id>.thumb.jpg}), so no folder grows without end and
 * no file ever carries the name it was uploaded with.
 */
@Component
class FileFolder {

    static final String THUMBNAIL_SUFFIX = ".thumb.jpg";

    private static final Logger log = LoggerFactory.getLogger(FileFolder.class);

    private final Path root;
    private final long reserveBytes;
    private final SchoolClock clock;

    FileFolder(HouqinProperties properties, FilesProperties files, SchoolClock clock) {
        this.root = properties.dataDir().resolve("files").toAbsolutePath();
        this.reserveBytes = files.reserve().toBytes();
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    Path file(UUID id, Instant at) {
        var date = clock.at(at);
        return root.resolve(String.valueOf(date.getYear())).resolve("%02d".formatted(date.getMonthValue()))
                .resolve(id.toString());
    }

    Path thumbnail(UUID id, Instant at) {
        return file(id, at).resolveSibling(id + THUMBNAIL_SUFFIX);
    }

    /**
     * Writes the file and its thumbnail, or neither: a disk that is full, or would keep less than the reserve
     * ({@link FilesProperties#reserve()}), refuses the upload at its form field and keeps no part of it.
     */
    void write(String field, UUID id, Instant at, byte[] bytes, byte[] thumbnail) {
        Path file = file(id, at);
        try {
            Files.createDirectories(file.getParent());
            long needed = bytes.length + (thumbnail == null ? 0 : thumbnail.length);
            long usable = Files.getFileStore(file.getParent()).getUsableSpace();
            if (usable - needed < reserveBytes) {
                log.error("The files folder {} is full: {} MB free, {} MB kept in reserve; an upload was refused",
                        root, usable / 1024 / 1024, reserveBytes / 1024 / 1024);
                throw new RuleViolation(field, "file.storageFull");
            }
            Files.write(file, bytes);
            if (thumbnail != null) {
                Files.write(thumbnail(id, at), thumbnail);
            }
        } catch (IOException e) {
            delete(id, at);
            if (e instanceof FileSystemException full && full.getReason() != null
                    && full.getReason().contains("No space left")) {
                log.error("The files folder {} ran out of space; an upload was refused", root);
                throw new RuleViolation(field, "file.storageFull");
            }
            throw new UncheckedIOException(e);
        }
    }

    void delete(UUID id, Instant at) {
        try {
            Files.deleteIfExists(file(id, at));
            Files.deleteIfExists(thumbnail(id, at));
        } catch (IOException ignored) {
            // an orphaned file is harmless: nothing points to it, and the nightly sweep removes it
        }
    }
}
