package org.houqin.platform.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases on the test's embedded server, in another time zone than the server's, made by its owner and
 * dropped after the test.
 */
final class TestDatabases {

    private final List<String> created = new ArrayList<>();

    DataSource create(DataSource owner) throws SQLException {
        String name = "restore_" + System.nanoTime();
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            // another zone than the one backed up: the checksums must not depend on where they are read
            statement.execute("ALTER DATABASE " + name + " SET timezone = 'Pacific/Auckland'");
            created.add(name);
            PGSimpleDataSource fresh = new PGSimpleDataSource();
            fresh.setUrl(connection.getMetaData().getURL().replaceFirst("/houqin(\\?|$)", "/" + name + "$1"));
            fresh.setUser(connection.getMetaData().getUserName());
            return fresh;
        }
    }

    void dropAll(DataSource owner) {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        created.clear();
    }
}
