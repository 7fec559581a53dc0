package org.houqin.platform.imports;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's answers of earlier imports, by lookup and file value (ADR 0031): "教学楼A-101" is A-101 again next
 * time, for every import that looks up rooms. Only answers that name a record or leave the field empty are kept; a
 * record deleted since is forgotten when the matcher no longer knows it.
 */
@Component
class ValueMemory {

    private final JdbcClient jdbc;

    ValueMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Map<String, ValueChoice> answers(long schoolId, String lookup) {
        Map<String, ValueChoice> answers = new HashMap<>();
        jdbc.sql("""
                SELECT file_value, target_id FROM platform.import_value_choice WHERE school_id = ? AND lookup = ?""")
                .params(schoolId, lookup).query(rs -> {
                    long id = rs.getLong(2);
                    answers.put(rs.getString(1), rs.wasNull() ? ValueChoice.EMPTY : ValueChoice.of(id));
                });
        return answers;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remember(long schoolId, long userId, String lookup, String value, ValueChoice choice) {
        jdbc.sql("""
                INSERT INTO platform.import_value_choice (school_id, lookup, file_value, target_id, chosen_by)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (school_id, lookup, file_value)
                DO UPDATE SET target_id = excluded.target_id, chosen_by = excluded.chosen_by, chosen_at = now()""")
                .params(schoolId, lookup, value, choice.id(), userId).update();
    }
}
