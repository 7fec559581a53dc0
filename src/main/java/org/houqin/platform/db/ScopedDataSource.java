package org.houqin.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL, on every checkout of a connection, which schools the current work may see. The row-level
 * security policies read it, so a query that forgets its school filter still cannot leak another school's rows.
 */
final class ScopedDataSource extends DelegatingDataSource {

    private final ConnectionScope scope;
    /** The scope each physical connection was last given, so an unchanged scope costs no round trip. */
    private final Map<Connection, String> lastScope = Collections.synchronizedMap(new WeakHashMap<>());

    ScopedDataSource(DataSource target, ConnectionScope scope) {
        super(target);
        this.scope = scope;
    }

    @Override
    public Connection getConnection() throws SQLException {
        // Decide the scope before taking a connection: deciding may load the session, which needs a connection of
        // its own, and holding one while waiting for another would starve the pool under load.
        String schoolIds = scope.schoolIds();
        Connection connection = super.getConnection();
        try {
            // Set outside any transaction (the pool hands connections out in auto-commit), so it sticks to the session.
            Connection physical = connection.unwrap(Connection.class);
            if (!schoolIds.equals(lastScope.get(physical))) {
                try (PreparedStatement statement =
                             connection.prepareStatement("SELECT set_config('houqin.school_ids', ?, false)")) {
                    statement.setString(1, schoolIds);
                    statement.execute();
                }
                lastScope.put(physical, schoolIds);
            }
        } catch (SQLException | RuntimeException | Error e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
