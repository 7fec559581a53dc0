package org.houqin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Writes {@code houqin-backup-<school-or-all>-<yyyyMMdd-HHmmss>.zip}: every table's COPY stream from one snapshot,
 * then the files folder, then the manifest. Everything streams through: no table or file is held in memory. The
 * archive appears under its name only when it is whole.
 */
final class ArchiveWriter {

    static final String PREFIX = "houqin-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource owner;
    private final Path filesDir;
    private final ZoneId zone;
    private final Clock clock;

    ArchiveWriter(DataSource owner, Path filesDir, ZoneId zone, Clock clock) {
        this.owner = owner;
        this.filesDir = filesDir;
        this.zone = zone;
        this.clock = clock;
    }

    /** An archive written: where, how big, and its manifest. */
    record Written(Path path, long size, Manifest manifest) {
    }

    Written writeTo(Path folder) {
        Instant now = clock.instant();
        try {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, PREFIX, ".part");
            try {
                Path done;
                Manifest manifest;
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                    Tables tables = tables(zip);
                    manifest = new Manifest(Manifest.FORMAT, appVersion(), tables.flywayVersion, now, tables.entries,
                            files(zip));
                    zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
                    manifest.write(new CopyDigest(zip));
                    zip.closeEntry();
                    done = folder.resolve(PREFIX + tables.school + "-" + STAMP.format(now.atZone(zone)) + ".zip");
                }
                Files.move(part, done, StandardCopyOption.ATOMIC_MOVE);
                return new Written(done, Files.size(done), manifest);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Tables(String flywayVersion, String school, List<Manifest.Table> entries) {
    }

    private Tables tables(ZipOutputStream zip) throws IOException {
        try (Snapshot snapshot = Snapshot.open(owner)) {
            List<Catalogue.Table> tables = snapshot.tables();
            String flyway = snapshot.flywayVersion(tables);
            String school = snapshot.schoolOrAll();
            List<Manifest.Table> entries = new ArrayList<>();
            for (Catalogue.Table table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".copy"));
                CopyDigest digest = new CopyDigest(zip);
                snapshot.export(table, digest);
                zip.closeEntry();
                entries.add(new Manifest.Table(table.name(), digest.lines(), digest.hex()));
            }
            return new Tables(flyway, school, entries);
        } catch (SQLException e) {
            throw new BackupException("backup.error.database", "export failed: " + e.getMessage());
        }
    }

    /**
     * The files as they are now, a little after the snapshot: a file uploaded since has no row in the archive and is
     * an orphan after a restore, and a file removed since was removed with its row's rollback, so it is skipped.
     */
    private List<Manifest.File> files(ZipOutputStream zip) throws IOException {
        List<Manifest.File> entries = new ArrayList<>();
        if (!Files.isDirectory(filesDir)) {
            return entries;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(filesDir)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : paths) {
            String relative = FilesFolder.relative(filesDir, file);
            try (InputStream in = Files.newInputStream(file)) {
                zip.putNextEntry(new ZipEntry("files/" + relative));
                CopyDigest digest = new CopyDigest(zip);
                in.transferTo(digest);
                zip.closeEntry();
                entries.add(new Manifest.File(relative, digest.bytes(), digest.hex()));
            } catch (NoSuchFileException gone) {
                // removed between the listing and the copy: see above
            }
        }
        return entries;
    }

    static String appVersion() {
        String version = ArchiveWriter.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
