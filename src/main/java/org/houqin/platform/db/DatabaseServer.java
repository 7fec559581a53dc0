package org.houqin.platform.db;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

/** Where the database is: one Houqin started itself, or one given through HOUQIN_DB_URL. */
final class DatabaseServer implements Closeable {

    static final Duration CONNECTION_WAIT = Duration.ofSeconds(5);

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedDatabase embedded;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private DatabaseServer(String url, String user, String password, EmbeddedDatabase embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static DatabaseServer external(String url, String user, String password) {
        return new DatabaseServer(url, user, password, null);
    }

    static DatabaseServer embedded(EmbeddedDatabase database) {
        return new DatabaseServer(database.jdbcUrl(), "postgres", null, database);
    }

    HikariDataSource pool(String name, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(Math.min(2, size));
        // A request waits at most five seconds for a connection: when the database is down or every connection is
        // busy that long, the person gets the 503 page with a reference at once instead of after Hikari's thirty.
        pool.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        pools.add(pool);
        return pool;
    }

    @Override
    public void close() throws IOException {
        pools.forEach(HikariDataSource::close);
        if (embedded != null) {
            embedded.close();
        }
    }
}
