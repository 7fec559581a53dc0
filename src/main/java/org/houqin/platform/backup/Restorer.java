package org.houqin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Restores an archive into an empty database and an empty files folder: checks the archive against its manifest,
 * lets the migrations up to the archive's version make the schema, roles, grants and policies, loads the tables,
 * writes the files, and then checks what the database and the folder hold against the manifest.
 */
final class Restorer {

    private final DataSource target;
    private final Path filesDir;

    Restorer(DataSource target, Path filesDir) {
        this.target = target;
        this.filesDir = filesDir.toAbsolutePath().normalize();
    }

    /** The check of the restored database and files; a refusal or a damaged archive throws instead. */
    Verification restore(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = ArchiveCheck.manifest(zip);
            Verification archived = ArchiveCheck.verify(zip, manifest);
            if (!archived.passed()) {
                throw new BackupException("backup.error.damaged", "the archive does not match its manifest, nothing "
                        + "was restored: " + String.join("; ", archived.problems()));
            }
            refuseUnlessEmpty();
            migrate(manifest.flywayVersion());
            try (Connection connection = target.getConnection()) {
                TableLoad.load(connection, zip, manifest);
            }
            writeFiles(zip, manifest);
            return DatabaseCheck.verify(target, manifest, filesDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new BackupException("backup.error.database", "the restore failed and was rolled back: "
                    + e.getMessage());
        }
    }

    private void refuseUnlessEmpty() throws IOException {
        try (Connection connection = target.getConnection()) {
            int tables = Catalogue.count(connection);
            if (tables > 0) {
                throw new BackupException("backup.error.notEmpty", "the database " + connection.getCatalog()
                        + " is not empty (" + tables + " tables): a restore goes only into an empty database");
            }
        } catch (SQLException e) {
            throw new BackupException("backup.error.database", "cannot connect: " + e.getMessage());
        }
        if (Files.isDirectory(filesDir)) {
            try (Stream<Path> files = Files.walk(filesDir)) {
                if (files.anyMatch(Files::isRegularFile)) {
                    throw new BackupException("backup.error.filesNotEmpty", "the files folder " + filesDir
                            + " is not empty: a restore goes only into an empty folder");
                }
            }
        }
    }

    private void migrate(String version) {
        Flyway.configure().dataSource(target).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    private void writeFiles(ZipFile zip, Manifest manifest) throws IOException {
        for (Manifest.File file : manifest.files()) {
            Path path = FilesFolder.resolve(filesDir, file.path());
            Files.createDirectories(path.getParent());
            try (InputStream in = zip.getInputStream(zip.getEntry(file.entry()))) {
                Files.copy(in, path);
            }
        }
    }
}
