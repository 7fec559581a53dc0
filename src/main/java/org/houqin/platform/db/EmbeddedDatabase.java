package org.houqin.platform.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL that Houqin starts itself when no external database is configured. Its cluster lives in
 * {@code <data-dir>/pg} and survives restarts; the binaries are unpacked beside it in {@code <data-dir>/pg-bin}
 * (never the same folder: zonky cleans old subfolders of its working directory). It runs durable: every confirmed
 * commit is on disk ({@link #DURABILITY}). Public for the backup command, which starts it on the data folder when
 * the application is not running.
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String DATABASE = "houqin";
    /**
     * PostgreSQL's own defaults, which zonky turns off for throw-away test clusters: without them a power cut could
     * lose saves that users were told had succeeded, or corrupt the cluster.
     */
    static final Map<String, String> DURABILITY = Map.of("fsync", "on", "synchronous_commit", "on",
            "full_page_writes", "on");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir, java.time.ZoneId zone) {
        Path cluster = dataDir.resolve("pg").toAbsolutePath();
        Path binaries = dataDir.resolve("pg-bin").toAbsolutePath();
        try {
            Files.createDirectories(cluster);
            Files.createDirectories(binaries);
            stopOrphanedServer(cluster);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("timezone", zone.getId())
                    .setServerConfig("max_connections", "60")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Spring closes the pools first and then this server; zonky's own hook would race with that.
                    .setRegisterShutdownHook(false);
            DURABILITY.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), cluster);
            return database;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + cluster, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running, and the next start would wait for the port in vain.
     * Stop such a server, but only when the process really is a postgres serving this very folder.
     */
    private static void stopOrphanedServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !servesCluster(pid, cluster)) {
            return;
        }
        log.warn("Stopping a PostgreSQL (pid {}) left running by an earlier start on {}", pid, cluster);
        process.get().destroy();
        process.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private static boolean servesCluster(long pid, Path cluster) {
        try {
            String commandLine = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                    .replace('\0', ' ');
            return commandLine.contains("postgres") && commandLine.contains(cluster.toString());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
