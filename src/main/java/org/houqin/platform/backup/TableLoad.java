package org.houqin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads every table of an archive into a database the migrations have just made, in one transaction: the rows the
 * migrations seeded go, foreign keys are dropped and added again afterwards (so the order of the tables does not
 * matter, and adding them checks every reference), the tables' own triggers are off (a stock movement must not move
 * the balance twice), and each identity then continues after the highest id. The database's owner may do all of this;
 * it needs no superuser, unlike {@code session_replication_role}.
 */
final class TableLoad {

    private final Connection connection;

    private TableLoad(Connection connection) {
        this.connection = connection;
    }

    static void load(Connection connection, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            new TableLoad(connection).run(zip, manifest);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private void run(ZipFile zip, Manifest manifest) throws SQLException, IOException {
        Map<String, Catalogue.Table> tables = Catalogue.tables(connection).stream()
                .collect(Collectors.toMap(Catalogue.Table::name, Function.identity()));
        sameTables(tables, manifest);
        List<String[]> keys = rows("""
                SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE c.contype = 'f' AND %s ORDER BY 1, 2""".formatted(Catalogue.APP_SCHEMA), 3);
        List<String> triggered = Catalogue.strings(connection, """
                SELECT DISTINCT t.tgrelid::regclass::text FROM pg_trigger t
                JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT t.tgisinternal AND %s""".formatted(Catalogue.APP_SCHEMA));
        for (String[] key : keys) {
            execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
        }
        for (String table : triggered) {
            execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
        }
        execute("TRUNCATE " + tables.values().stream().map(Catalogue.Table::quoted).collect(Collectors.joining(", ")));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Manifest.Table table : manifest.tables()) {
            try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
                copy.copyIn(tables.get(table.name()).importSql(), in);
            }
        }
        for (String[] key : keys) {
            execute("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
        }
        for (String table : triggered) {
            execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
        }
        continueIdentities();
    }

    private static void sameTables(Map<String, Catalogue.Table> tables, Manifest manifest) {
        TreeSet<String> archived = manifest.tables().stream().map(Manifest.Table::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!archived.equals(new TreeSet<>(tables.keySet()))) {
            TreeSet<String> differ = new TreeSet<>(archived);
            differ.addAll(tables.keySet());
            differ.removeIf(name -> archived.contains(name) && tables.containsKey(name));
            throw new BackupException("backup.error.schema", "the migrations up to " + manifest.flywayVersion()
                    + " make other tables than the archive holds: " + differ);
        }
    }

    /** Every sequence a column owns (identities and serials) continues after the column's highest value. */
    private void continueIdentities() throws SQLException {
        List<String[]> owned = rows("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(a.attname),
                       quote_literal(quote_ident(sn.nspname) || '.' || quote_ident(s.relname))
                FROM pg_depend d
                JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                JOIN pg_namespace sn ON sn.oid = s.relnamespace
                JOIN pg_class c ON c.oid = d.refobjid JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                  AND d.deptype IN ('a', 'i') AND %s""".formatted(Catalogue.APP_SCHEMA), 3);
        for (String[] sequence : owned) {
            execute("SELECT setval(" + sequence[2] + ", coalesce(max(" + sequence[1] + "), 0) + 1, false) FROM "
                    + sequence[0]);
        }
    }

    private List<String[]> rows(String sql, int columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
