package org.houqin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads every table of a database the way a backup does and every file of a folder, and compares them with a
 * manifest: the proof that a restore gave back exactly what was saved.
 */
final class DatabaseCheck {

    private DatabaseCheck() {
    }

    static Verification verify(DataSource database, Manifest manifest, Path filesDir) {
        Verification result = new Verification();
        try (Snapshot snapshot = Snapshot.open(database)) {
            Map<String, Catalogue.Table> tables = snapshot.tables().stream()
                    .collect(Collectors.toMap(Catalogue.Table::name, Function.identity()));
            for (Manifest.Table expected : manifest.tables()) {
                Catalogue.Table table = tables.remove(expected.name());
                if (table == null) {
                    result.missing("table " + expected.name());
                    continue;
                }
                CopyDigest digest = CopyDigest.discarding();
                snapshot.export(table, digest);
                result.table(expected, digest.lines(), digest.hex());
            }
            tables.keySet().forEach(name -> result.unexpected("table " + name));
        } catch (SQLException | IOException e) {
            throw new BackupException("backup.error.database", "cannot read the restored database: "
                    + e.getMessage());
        }
        manifest.files().forEach(file -> checkFile(result, file, FilesFolder.resolve(filesDir, file.path())));
        return result;
    }

    private static void checkFile(Verification result, Manifest.File expected, Path path) {
        if (!Files.isRegularFile(path)) {
            result.missing("file " + expected.path());
            return;
        }
        CopyDigest digest = CopyDigest.discarding();
        try (InputStream in = Files.newInputStream(path)) {
            in.transferTo(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.file(expected, digest.bytes(), digest.hex());
    }
}
