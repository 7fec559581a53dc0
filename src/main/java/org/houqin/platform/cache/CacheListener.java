package org.houqin.platform.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per node that holds its own connection (outside the pool, which it would otherwise keep one short of)
 * doing {@code LISTEN houqin_cache}, and evicts what other nodes changed. After a lost connection it reconnects and
 * clears every cache, since notifications sent meanwhile are gone.
 */
@Component
class CacheListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheListener.class);
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1_000;

    private final SchoolCaches caches;
    private final HikariDataSource pool;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    CacheListener(SchoolCaches caches, DataSource dataSource) throws SQLException {
        this.caches = caches;
        this.pool = dataSource.unwrap(HikariDataSource.class);
    }

    @Override
    public void start() {
        running = true;
        connect();
        thread = new Thread(this::listen, "houqin-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        close();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try {
                if (connection == null && !connect()) {
                    pause();
                    continue;
                }
                PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (heard != null) {
                    for (PGNotification notification : heard) {
                        caches.heard(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Cache listener lost its connection; reconnecting: {}", e.getMessage());
                }
                close();
            }
        }
    }

    /** Opens the connection and listens; true when listening. Clears every cache: anything may have been missed. */
    private boolean connect() {
        try {
            Properties login = new Properties();
            login.setProperty("user", pool.getUsername());
            if (pool.getPassword() != null) {
                login.setProperty("password", pool.getPassword());
            }
            login.setProperty("ApplicationName", "houqin-cache-listener");
            Connection opened = DriverManager.getConnection(pool.getJdbcUrl(), login);
            try (Statement statement = opened.createStatement()) {
                statement.execute("LISTEN " + SchoolCaches.CHANNEL);
            }
            connection = opened;
            caches.clear();
            return true;
        } catch (SQLException e) {
            log.warn("Cache listener cannot connect; caches are cleared and retried: {}", e.getMessage());
            caches.clear();
            return false;
        }
    }

    private void close() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                // already gone
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
