package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

import org.houqin.platform.HouqinProperties;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup taken while the school keeps writing is one consistent moment, and restoring it into a new database on
 * the same server and a new files folder gives back every row and every file the manifest lists.
 */
class BackupRestoreTest extends IntegrationTest {

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    HouqinProperties properties;

    @TempDir
    Path temp;

    private final TestDatabases databases = new TestDatabases();
    private Path filesDir;

    @BeforeEach
    void aPhotoInTheFilesFolder() throws IOException {
        filesDir = properties.dataDir().resolve("files").toAbsolutePath();
        Path photo = filesDir.resolve("2026/12/" + UUID.randomUUID());
        Files.createDirectories(photo.getParent());
        byte[] bytes = new byte[40_000];
        new Random(7).nextBytes(bytes);
        Files.write(photo, bytes);
    }

    @AfterEach
    void dropTheRestoredDatabases() {
        databases.dropAll(owner);
    }

    @Test
    void restoresEveryRowAndFileOfABackupTakenWhileUsersWrite() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> keepWriting(writing, written));
        awaitMore(written, 0);

        ArchiveWriter.Written backup = writer().writeTo(temp.resolve("backups"));
        awaitMore(written, written.get());
        writing.set(false);
        writer.get();

        assertThat(backup.path().getFileName().toString()).matches("houqin-backup-[A-Za-z0-9_-]+-\\d{8}-\\d{6}\\.zip");
        long live = JdbcClient.create(owner).sql("SELECT count(*) FROM platform.installation").query(Long.class)
                .single();
        assertThat(table(backup.manifest(), "platform.installation").rows()).as("the snapshot's moment")
                .isLessThan(live);
        assertThat(backup.manifest().tables()).extracting(Manifest.Table::name)
                .contains("public.flyway_schema_history", "platform.event_publication", "warehouse.movement");
        assertThat(backup.manifest().files()).isNotEmpty();
        assertThat(ArchiveCheck.verify(backup.path()).passed()).isTrue();

        DataSource fresh = databases.create(owner);
        Verification restored = new Restorer(fresh, temp.resolve("restored-files")).restore(backup.path());

        assertThat(restored.problems()).isEmpty();
        assertThat(restored.summary()).startsWith(backup.manifest().tables().size() + " tables, "
                + backup.manifest().rows() + " rows, " + backup.manifest().files().size() + " files: all match");
        long movements = JdbcClient.create(fresh).sql("SELECT count(*) FROM warehouse.movement").query(Long.class)
                .single();
        assertThat(movements).isEqualTo(table(backup.manifest(), "warehouse.movement").rows()).isPositive();
        assertThat(nextIdentityIsFree(fresh)).isTrue();
    }

    @Test
    void refusesToRestoreIntoADatabaseThatIsNotEmpty() {
        ArchiveWriter.Written backup = writer().writeTo(temp.resolve("backups"));

        assertThatThrownBy(() -> new Restorer(owner, temp.resolve("other-files")).restore(backup.path()))
                .isInstanceOf(BackupException.class).hasMessageContaining("not empty")
                .extracting(e -> ((BackupException) e).key()).isEqualTo("backup.error.notEmpty");
    }

    @Test
    void aTamperedArchiveFailsItsVerificationAndIsNotRestored() throws Exception {
        ArchiveWriter.Written backup = writer().writeTo(temp.resolve("backups"));
        Path tampered = tamper(backup.path(), temp.resolve("tampered.zip"), "tables/organization.school.copy");

        Verification check = ArchiveCheck.verify(tampered);
        assertThat(check.passed()).isFalse();
        assertThat(check.problems()).singleElement().asString().contains("organization.school");

        DataSource fresh = databases.create(owner);
        assertThatThrownBy(() -> new Restorer(fresh, temp.resolve("tampered-files")).restore(tampered))
                .isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).key()).isEqualTo("backup.error.damaged");
        try (Connection connection = fresh.getConnection()) {
            assertThat(Catalogue.count(connection)).isZero();
        }
    }

    private ArchiveWriter writer() {
        return new ArchiveWriter(owner, filesDir, ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
    }

    private void keepWriting(AtomicBoolean writing, AtomicInteger written) {
        JdbcClient client = JdbcClient.create(owner);
        while (writing.get()) {
            client.sql("INSERT INTO platform.installation (key, value) VALUES (?, 'written during a backup')")
                    .param("backup-test-" + UUID.randomUUID()).update();
            written.incrementAndGet();
        }
    }

    /** Waits (without sleeping a guessed time) until the writer has committed another row. */
    private static void awaitMore(AtomicInteger written, int than) {
        while (written.get() <= than) {
            Thread.onSpinWait();
        }
    }

    /** A new role in the restored database gets an id after the restored ones. */
    private static boolean nextIdentityIsFree(DataSource database) throws SQLException {
        JdbcClient client = JdbcClient.create(database);
        Long highest = client.sql("SELECT coalesce(max(id), 0) FROM iam.role").query(Long.class).single();
        Long next = client.sql("SELECT nextval(pg_get_serial_sequence('iam.role', 'id'))").query(Long.class).single();
        return next > highest;
    }

    private static Manifest.Table table(Manifest manifest, String name) {
        return manifest.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The same archive with one entry's first byte changed and the manifest left as it was. */
    private static Path tamper(Path archive, Path copy, String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(entryName)) {
                        bytes[0] = (byte) (bytes[0] == '9' ? '8' : '9');
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return copy;
    }
}
