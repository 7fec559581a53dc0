package org.houqin.assets.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.houqin.assets.register.Assets;
import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the register's import: what a sheet's rows are checked against, and the cards written as one JDBC batch
 * (10,000 cards are a few round trips, not 10,000).
 */
@Component
class AssetImportStore {

    private static final int BATCH = 1_000;

    /** A card just written, for its history. */
    record Written(long id, int quantity, BigDecimal value) {
    }

    /** The numbers and serials the register holds already. */
    record Taken(Set<String> numbers, Set<String> serials) {
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    AssetImportStore(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    List<AssetImportLookups.Category> activeCategories(long schoolId) {
        return jdbc.sql("""
                SELECT id, code, name, depreciable, useful_life_months FROM assets.category
                WHERE school_id = ? AND active""").param(schoolId).query(Rows.of(AssetImportLookups.Category.class))
                .list();
    }

    Taken taken(long schoolId) {
        Set<String> numbers = new HashSet<>();
        Set<String> serials = new HashSet<>();
        jdbc.sql("SELECT number, serial_no FROM assets.asset WHERE school_id = ?").param(schoolId).query(rs -> {
            numbers.add(rs.getString(1));
            String serial = rs.getString(2);
            if (serial != null) {
                serials.add(serial);
            }
        });
        return new Taken(numbers, serials);
    }

    List<Written> insert(long schoolId, List<AssetImportLine> lines) {
        template.batchUpdate("""
                INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                       purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id, department_id,
                       custodian_staff_id, status, warranty_until, power_kw, note, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, BATCH,
                (statement, line) -> bind(statement, schoolId, line));
        return jdbc.sql("""
                SELECT id, quantity, quantity * unit_value AS value FROM assets.asset
                WHERE school_id = ? AND number = ANY(?) ORDER BY id""")
                .params(schoolId, lines.stream().map(AssetImportLine::number).toArray(String[]::new))
                .query(Rows.of(Written.class)).list();
    }

    private static void bind(PreparedStatement s, long schoolId, AssetImportLine line) throws SQLException {
        s.setLong(1, schoolId);
        s.setString(2, line.number());
        s.setString(3, line.name());
        s.setLong(4, line.categoryId());
        s.setString(5, line.model());
        s.setString(6, line.brand());
        s.setString(7, line.serialNo());
        s.setString(8, line.supplier());
        s.setDate(9, Date.valueOf(line.purchasedOn()));
        s.setInt(10, line.quantity());
        s.setBigDecimal(11, line.unitValue());
        s.setString(12, line.fundingSource().name());
        s.setObject(13, line.usefulLifeMonths(), Types.INTEGER);
        s.setObject(14, line.roomId(), Types.BIGINT);
        s.setObject(15, line.departmentId(), Types.BIGINT);
        s.setObject(16, line.custodianStaffId(), Types.BIGINT);
        s.setString(17, line.status().name());
        s.setObject(18, line.warrantyUntil() == null ? null : Date.valueOf(line.warrantyUntil()), Types.DATE);
        s.setBigDecimal(19, line.powerKw());
        s.setString(20, line.note());
        s.setString(21, Assets.newQrToken());
    }
}
