package org.houqin.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL, on every checkout of a connection, which schools the current work may see. The row-level
 * security policies read it, so a query that forgets its school filter still cannot leak another school's rows.
 */
final class ScopedDataSource extends DelegatingDataSource {

    private final ConnectionScope scope;

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
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT set_config('houqin.school_ids', ?, false)")) {
            statement.setString(1, schoolIds);
            statement.execute();
        } catch (SQLException | RuntimeException | Error e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
