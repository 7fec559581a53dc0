package org.houqin.assets.settings;

import java.math.BigDecimal;
import java.util.Map;

import org.houqin.assets.depreciation.Depreciation;
import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Rows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's asset settings: when depreciation starts and the share of a value charged for damage. */
@Service
public class AssetSettings {

    public record Settings(Depreciation.StartRule depreciationStart, BigDecimal compensationShare, int version) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AssetSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Settings of(long schoolId) {
        return jdbc.sql("SELECT depreciation_start, compensation_share, version FROM assets.settings WHERE school_id = ?")
                .param(schoolId).query(Rows.of(Settings.class)).optional()
                .orElse(new Settings(Depreciation.StartRule.SAME_MONTH, new BigDecimal("100"), 0));
    }

    public Depreciation.StartRule startRule(long schoolId) {
        return of(schoolId).depreciationStart();
    }

    @Transactional
    public void update(long schoolId, Depreciation.StartRule start, BigDecimal share, int version) {
        Settings before = of(schoolId);
        jdbc.sql("INSERT INTO assets.settings (school_id) VALUES (?) ON CONFLICT DO NOTHING").param(schoolId).update();
        int saved = jdbc.sql("""
                UPDATE assets.settings SET depreciation_start = ?, compensation_share = ?, version = version + 1
                WHERE school_id = ? AND version = ?""").params(start.name(), share, schoolId, version).update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("asset settings changed");
        }
        audit.changedIn(schoolId, "assets", "asset_settings", schoolId, "UPDATE",
                Map.of("depreciationStart", before.depreciationStart().name(), "share", before.compensationShare()),
                Map.of("depreciationStart", start.name(), "share", share));
    }
}
