package org.houqin.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.houqin.platform.HouqinProperties;
import org.houqin.platform.db.EmbeddedDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the command line works on, as the owner: the external one of {@code HOUQIN_DB_URL}; or the embedded
 * one of the data folder — the server the running application started (its port is in {@code postmaster.pid}), and
 * when the application is not running, a server the command starts on the folder and stops again.
 */
final class CommandDatabase implements AutoCloseable {

    private final DataSource owner;
    private final String description;
    private final EmbeddedDatabase started;

    private CommandDatabase(DataSource owner, String description, EmbeddedDatabase started) {
        this.owner = owner;
        this.description = description;
        this.started = started;
    }

    static CommandDatabase of(HouqinProperties properties) {
        HouqinProperties.Db db = properties.db();
        if (db.external()) {
            return new CommandDatabase(source(db.url(), db.user(), db.password()), "the database " + db.url(), null);
        }
        Path cluster = properties.dataDir().resolve("pg").toAbsolutePath();
        Optional<Integer> port = runningPort(cluster);
        if (port.isPresent()) {
            String url = "jdbc:postgresql://localhost:" + port.get() + "/" + EmbeddedDatabase.DATABASE;
            return new CommandDatabase(source(url, "postgres", null), "the running application's database in "
                    + cluster + " (port " + port.get() + ")", null);
        }
        EmbeddedDatabase started = EmbeddedDatabase.start(properties.dataDir(), properties.timeZone());
        return new CommandDatabase(source(started.jdbcUrl(), "postgres", null), "the embedded database in " + cluster,
                started);
    }

    DataSource owner() {
        return owner;
    }

    String description() {
        return description;
    }

    /**
     * The port of a PostgreSQL serving this folder now: {@code postmaster.pid} names its process (line 1), its folder
     * (line 2) and its port (line 4). A file left by a server that is gone, or by a process id reused since, does not
     * count.
     */
    static Optional<Integer> runningPort(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8)
                    : List.of();
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            boolean same = Files.isDirectory(Path.of(lines.get(1).trim()))
                    && Files.isSameFile(Path.of(lines.get(1).trim()), cluster);
            return alive && same && isPostgres(pid) ? Optional.of(Integer.parseInt(lines.get(3).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Where /proc tells (Linux), the process must be a postgres. */
    private static boolean isPostgres(long pid) throws IOException {
        Path commandLine = Path.of("/proc", Long.toString(pid), "cmdline");
        return !Files.exists(commandLine) || Files.readString(commandLine).contains("postgres");
    }

    private static DataSource source(String url, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        if (user != null && !url.contains("user=")) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        return source;
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
