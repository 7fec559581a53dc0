package org.houqin.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One {@code REPEATABLE READ, READ ONLY} transaction of the database's owner: every table read through it shows the
 * same moment, while users go on writing (nobody waits for it, and it waits for nobody). Row-level security is off
 * for it, so a policy could never quietly leave rows out: the owner sees every school or the export fails.
 */
final class Snapshot implements AutoCloseable {

    private final Connection connection;
    private final CopyManager copy;

    /** How values are written as text, the same wherever the snapshot is taken or checked. */
    private static final List<String> CANONICAL_OUTPUT = List.of("TimeZone = 'UTC'", "DateStyle = 'ISO, YMD'",
            "IntervalStyle = 'postgres'", "extra_float_digits = 1", "bytea_output = 'hex'");

    private Snapshot(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    static Snapshot open(DataSource owner) {
        try {
            Connection connection = owner.getConnection();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL row_security = off");
                // a scan that joined another one would start mid-table, and the checksum would differ
                settings.execute("SET LOCAL synchronize_seqscans = off");
                // the text of a row must not depend on the session or the server it is read from: a time with zone
                // is written in the session's zone, so a restore into a server of another zone would differ
                for (String setting : CANONICAL_OUTPUT) {
                    settings.execute("SET LOCAL " + setting);
                }
            }
            return new Snapshot(connection);
        } catch (SQLException e) {
            throw new BackupException("backup.error.database", "cannot open the snapshot: " + e.getMessage());
        }
    }

    List<Catalogue.Table> tables() throws SQLException {
        return Catalogue.tables(connection);
    }

    /** Streams one table's rows in COPY text format into {@code out}. */
    void export(Catalogue.Table table, OutputStream out) throws SQLException, IOException {
        copy.copyOut(table.exportSql(), out);
    }

    /** The highest migration Flyway had applied at this moment. */
    String flywayVersion(List<Catalogue.Table> tables) throws SQLException {
        Optional<Catalogue.Table> history = tables.stream()
                .filter(t -> t.name().endsWith(".flyway_schema_history")).findFirst();
        if (history.isEmpty()) {
            throw new BackupException("backup.error.noFlyway", "the database has no Flyway history");
        }
        List<String> versions = Catalogue.strings(connection, "SELECT version FROM " + history.get().quoted()
                + " WHERE success AND version IS NOT NULL");
        List<MigrationVersion> parsed = new ArrayList<>();
        versions.forEach(v -> parsed.add(MigrationVersion.fromVersion(v)));
        return parsed.stream().max(MigrationVersion::compareTo).map(MigrationVersion::getVersion)
                .orElseThrow(() -> new BackupException("backup.error.noFlyway", "Flyway applied nothing yet"));
    }

    /** The school's code when the database holds one school, else {@code all}: part of the archive's name. */
    String schoolOrAll() throws SQLException {
        List<String> codes = Catalogue.strings(connection, "SELECT code FROM organization.school LIMIT 2");
        if (codes.size() != 1) {
            return "all";
        }
        String code = codes.get(0).replaceAll("[^A-Za-z0-9_-]", "");
        return code.isEmpty() ? "school" : code;
    }

    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        } catch (SQLException ignored) {
            // a read-only transaction has nothing to keep; closing the connection ends it anyway
        }
    }
}
