package org.houqin.assets.imports;

import java.io.IOException;
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
 * Keeps an uploaded register between the steps of its import, under the data folder in a folder of its school and
 * user, named by a random id. The page sends only the id back; whoever asks with it finds the file only in their own
 * folder. Files go when the import is written, and anything left after a day goes in the hourly sweep.
 */
@Component
class AssetImportUploads {

    static final Duration KEPT = Duration.ofDays(1);

    private final Path root;
    private final SchoolClock clock;

    AssetImportUploads(HouqinProperties properties, SchoolClock clock) {
        this.root = properties.dataDir().resolve("imports").resolve("assets").toAbsolutePath();
        this.clock = clock;
    }

    UUID store(long schoolId, long userId, byte[] workbook, AssetImportSheet.Preview preview) {
        UUID id = UUID.randomUUID();
        write(path(schoolId, userId, id, ".xlsx"), workbook);
        write(path(schoolId, userId, id, ".preview"), preview.serialize());
        return id;
    }

    /**
     * Takes the file for one run of the import: a second request for the same file (a double click) finds it taken
     * until the first one {@link #release}s it or has written it.
     */
    Optional<byte[]> claim(long schoolId, long userId, UUID id) {
        Path file = path(schoolId, userId, id, ".xlsx");
        Path running = path(schoolId, userId, id, ".running");
        try {
            Files.move(file, running, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return Optional.empty();
        }
        return read(running);
    }

    /** Gives a claimed file back, for another run after a check that wrote nothing. */
    void release(long schoolId, long userId, UUID id) {
        try {
            Files.move(path(schoolId, userId, id, ".running"), path(schoolId, userId, id, ".xlsx"),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(long schoolId, long userId, UUID id) {
        return Files.isRegularFile(path(schoolId, userId, id, ".xlsx"))
                || Files.isRegularFile(path(schoolId, userId, id, ".running"));
    }

    Optional<AssetImportSheet.Preview> preview(long schoolId, long userId, UUID id) {
        return read(path(schoolId, userId, id, ".preview")).map(AssetImportSheet.Preview::deserialize);
    }

    void storeReport(long schoolId, long userId, UUID id, byte[] report) {
        write(path(schoolId, userId, id, ".report.xlsx"), report);
    }

    Optional<byte[]> report(long schoolId, long userId, UUID id) {
        return read(path(schoolId, userId, id, ".report.xlsx"));
    }

    /** The file is written: its bytes and preview go, its error report stays for the day. */
    void written(long schoolId, long userId, UUID id) {
        delete(path(schoolId, userId, id, ".running"));
        delete(path(schoolId, userId, id, ".preview"));
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

    private Path path(long schoolId, long userId, UUID id, String suffix) {
        return root.resolve(Long.toString(schoolId)).resolve(Long.toString(userId)).resolve(id + suffix);
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
