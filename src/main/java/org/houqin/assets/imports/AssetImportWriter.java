package org.houqin.assets.imports;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.Timeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the cards of an import as one JDBC batch and their 建账 events with one INSERT … SELECT, inside the
 * import's transaction: 10,000 cards are a few round trips, not 20,000.
 */
@Component
class AssetImportWriter {

    private static final int BATCH = 1_000;

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final AssetHistory history;

    AssetImportWriter(JdbcTemplate template, JdbcClient jdbc, AssetHistory history) {
        this.template = template;
        this.jdbc = jdbc;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void write(long schoolId, CurrentUser me, List<AssetImportLine> lines) {
        template.batchUpdate("""
                INSERT INTO assets.asset (school_id, number, name, category_id, model, brand, serial_no, supplier,
                       purchased_on, quantity, unit_value, funding_source, useful_life_months, room_id, department_id,
                       custodian_staff_id, status, warranty_until, power_kw, note, qr_token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, BATCH,
                (statement, line) -> bind(statement, schoolId, line));
        List<Timeline.Entry> registered = jdbc.sql("""
                SELECT id, quantity, quantity * unit_value FROM assets.asset
                WHERE school_id = ? AND number = ANY(?) ORDER BY id""")
                .params(schoolId, lines.stream().map(AssetImportLine::number).toArray(String[]::new))
                .query((rs, n) -> AssetHistory.entry(rs.getLong(1), AssetHistory.Note.of(AssetHistory.Kind.REGISTER,
                        null, "asset.history.imported", rs.getInt(2), Assets.money(rs.getBigDecimal(3))),
                        AssetHistory.Actor.of(me), null)).list();
        history.recordAll(schoolId, registered);
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
