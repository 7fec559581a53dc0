package org.houqin.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.houqin.platform.HouqinProperties;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * {@code java -jar houqin.jar backup --to DIR} finds the running application's embedded server through its data
 * folder, and {@code restore --from FILE} fills an empty external database, checks it and says so in its exit status.
 */
class BackupCommandTest extends IntegrationTest {

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    HouqinProperties properties;

    @TempDir
    Path temp;

    private final TestDatabases databases = new TestDatabases();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final BackupCommand command = new BackupCommand(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @AfterEach
    void dropTheRestoredDatabases() {
        databases.dropAll(owner);
    }

    @Test
    void findsTheServerTheRunningApplicationStartedOnItsDataFolder() throws Exception {
        try (Connection connection = owner.getConnection()) {
            String port = connection.getMetaData().getURL().replaceAll(".*://[^:/]+:(\\d+)/.*", "$1");

            assertThat(CommandDatabase.runningPort(properties.dataDir().resolve("pg").toAbsolutePath()))
                    .contains(Integer.parseInt(port));
        }
        assertThat(CommandDatabase.runningPort(temp.resolve("pg"))).isEmpty();
    }

    @Test
    void backsUpTheRunningEmbeddedDatabaseAndRestoresItIntoAnEmptyExternalOne() throws Exception {
        int backedUp = command.execute(new String[] {"backup", "--to", temp.resolve("out").toString(),
                "--houqin.data-dir=" + properties.dataDir()});

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("running application's database",
                "Read back:", "all match the manifest");
        assertThat(backedUp).isZero();
        Path archive = onlyArchiveIn(temp.resolve("out"));

        String fresh = url(databases.create(owner));
        int restored = command.execute(new String[] {"restore", "--from", archive.toString(),
                "--houqin.db.url=" + fresh, "--houqin.db.user=postgres", "--houqin.data-dir=" + temp.resolve("new")});

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Restored " + archive.getFileName());
        assertThat(restored).isZero();

        int again = command.execute(new String[] {"restore", "--from", archive.toString(),
                "--houqin.db.url=" + fresh, "--houqin.db.user=postgres", "--houqin.data-dir=" + temp.resolve("other")});

        assertThat(again).isEqualTo(BackupCommand.FAILED);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("is not empty");
    }

    @Test
    void explainsItselfWithoutADestination() {
        assertThat(command.execute(new String[] {"backup"})).isEqualTo(BackupCommand.USAGE);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("backup --to DIR");
    }

    private static String url(DataSource source) throws Exception {
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static Path onlyArchiveIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }
}
