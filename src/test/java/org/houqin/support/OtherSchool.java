package org.houqin.support;

import org.houqin.organization.OrganizationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A second school (made once per code) with an asset card of its own, for tests that another school's ids stay hidden. */
public final class OtherSchool {

    private OtherSchool() {
    }

    /** A new 外校投影仪 card of the school with this code and name, made first if it does not exist yet. */
    public static long assetCard(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization,
                                 String code, String name) {
        return Demo.asSystem(() -> transaction.execute(status -> {
            long school = jdbc.sql("SELECT id FROM organization.school WHERE code = ?").param(code).query(Long.class)
                    .optional().orElseGet(() -> organization.createSchool(code, name));
            long category = jdbc.sql("SELECT id FROM assets.category WHERE school_id = ? AND code = '2320000'")
                    .param(school).query(Long.class).single();
            return jdbc.sql("""
                    INSERT INTO assets.asset (school_id, number, name, category_id, purchased_on, quantity, unit_value,
                           funding_source, status, qr_token)
                    VALUES (?, 'ZC-2026-' || lpad((floor(random() * 90000) + 10000)::int::text, 5, '0'), '外校投影仪', ?,
                            current_date, 1, 3000, 'FISCAL', 'IN_USE', substr(md5(random()::text), 1, 24))
                    RETURNING id""").params(school, category).query(Long.class).single();
        }));
    }
}
