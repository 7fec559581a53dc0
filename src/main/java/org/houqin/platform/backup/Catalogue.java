package org.houqin.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's tables as the database's catalogue lists them (every schema but PostgreSQL's own), so a new
 * module's tables, Flyway's history and the event publication registry are in every backup without a list to keep.
 * Sorted by name: archives of the same data are the same.
 */
final class Catalogue {

    /** Schemas that belong to PostgreSQL, not to Houqin. */
    static final String APP_SCHEMA =
            "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

    private Catalogue() {
    }

    /**
     * One table: its name in the manifest ({@code schema.table}), its quoted name, its stored columns (generated ones
     * are computed again on restore) and its primary key, by which its rows are exported in a stable order.
     */
    record Table(String name, String quoted, List<String> columns, List<String> key) {

        String exportSql() {
            String order = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key);
            return "COPY (SELECT " + String.join(", ", columns) + " FROM " + quoted + order + ") TO STDOUT";
        }

        String importSql() {
            return "COPY " + quoted + " (" + String.join(", ", columns) + ") FROM STDIN";
        }
    }

    static List<Table> tables(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement("""
                SELECT c.oid, n.nspname || '.' || c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relpersistence = 'p' AND %s
                ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
                """.formatted(APP_SCHEMA)); ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                long oid = rows.getLong(1);
                tables.add(new Table(rows.getString(2), rows.getString(3), columns(connection, oid),
                        key(connection, oid)));
            }
        }
        return tables;
    }

    static int count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND %s
                """.formatted(APP_SCHEMA)); ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<String> columns(Connection connection, long oid) throws SQLException {
        return strings(connection, """
                SELECT quote_ident(attname) FROM pg_attribute
                WHERE attrelid = ? AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
                ORDER BY attnum
                """, oid);
    }

    /** Text keys compare in the "C" collation, so the order does not depend on the server's locale. */
    private static List<String> key(Connection connection, long oid) throws SQLException {
        return strings(connection, """
                SELECT quote_ident(a.attname) || CASE WHEN a.attcollation <> 0 THEN ' COLLATE "C"' ELSE '' END
                FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = ? AND i.indisprimary
                ORDER BY k.position
                """, oid);
    }

    static List<String> strings(Connection connection, String sql, Object... params) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
