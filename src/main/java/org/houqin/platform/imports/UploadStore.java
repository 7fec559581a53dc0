package org.houqin.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.houqin.platform.HouqinProperties;
import org.houqin.platform.time.SchoolClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded sheet between the steps of its import, under the data folder in a folder of its import, school
 * and user, named by a random id. The page sends only the id back; whoever asks with it finds the file only in
 * their own folder. Files go when the import is written, and anything left after a day goes in the hourly sweep.
 */
@Component
class UploadStore {

    static final Duration KEPT = Duration.ofDays(1);

    /** One upload of one user: where its files are. */
    record Upload(Path folder, UUID id) {

        Path file(String suffix) {
            return folder.resolve(id + suffix);
        }
    }

    private final Path root;
    private final SchoolClock clock;

    UploadStore(HouqinProperties properties, SchoolClock clock) {
        this.root = properties.dataDir().resolve("imports").toAbsolutePath();
        this.clock = clock;
    }

    Upload of(String kind, long schoolId, long userId, UUID id) {
        return new Upload(root.resolve(kind).resolve(Long.toString(schoolId)).resolve(Long.toString(userId)), id);
    }

    /** Copies the upload to disk as it arrives (never whole in memory); it is checked there before it counts. */
    Upload receive(String kind, long schoolId, long userId, InputStream in) {
        Upload upload = of(kind, schoolId, userId, UUID.randomUUID());
        try {
            Files.createDirectories(upload.folder());
            Files.copy(in, upload.file(".xlsx"));
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void keep(Upload upload, ImportPreview preview) {
        write(upload.file(".preview"), preview.serialize());
    }

    void discard(Upload upload) {
        delete(upload.file(".xlsx"));
        delete(upload.file(".preview"));
    }

    /** The sheet of an upload not written yet, for a run that holds the upload's {@link UploadLock}. */
    Optional<Path> sheet(Upload upload) {
        Path sheet = upload.file(".xlsx");
        return Files.isRegularFile(sheet) ? Optional.of(sheet) : Optional.empty();
    }

    Optional<ImportPreview> preview(Upload upload) {
        return read(upload.file(".preview")).map(ImportPreview::deserialize);
    }

    void storeReport(Upload upload, byte[] report) {
        write(upload.file(".report.xlsx"), report);
    }

    Optional<byte[]> report(Upload upload) {
        return read(upload.file(".report.xlsx"));
    }

    /**
     * Sets a written sheet aside inside the run's transaction, while the run still holds the lock: a run after the
     * commit finds nothing left to write again.
     */
    void written(Upload upload) {
        move(upload.file(".xlsx"), upload.file(".written"));
    }

    /** The written rows are committed: the sheet and its preview go, its error report stays for the day. */
    void drop(Upload upload) {
        delete(upload.file(".written"));
        delete(upload.file(".preview"));
    }

    /** The written rows were rolled back: the sheet comes back for another run. */
    void restore(Upload upload) {
        move(upload.file(".written"), upload.file(".xlsx"));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void sweep() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant before = clock.now().minus(KEPT);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(f -> modified(f).isBefore(before)).forEach(this::delete);
        } catch (IOException | UncheckedIOException e) {
            // a file another sweep took first; the next sweep tries again
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
