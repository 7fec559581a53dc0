package org.houqin.platform.settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The settings tables: values per school and key, a version per school and group, the history of changes. */
@Component
class SettingsStore {

    /** One change of one value, as the history lists it. */
    record Change(long id, String groupId, String key, String oldValue, String newValue, Instant changedAt,
                  Long changedBy, String changedByName) {
    }

    private record Value(String key, String value) {
    }

    private record Version(String groupId, int version) {
    }

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> values(long schoolId) {
        return jdbc.sql("SELECT key, value FROM platform.setting_value WHERE school_id = ?").param(schoolId)
                .query(Rows.of(Value.class)).list().stream().collect(Collectors.toMap(Value::key, Value::value));
    }

    /** Each group's version; a group never saved has none (version 0). */
    Map<String, Integer> versions(long schoolId) {
        return jdbc.sql("SELECT group_id, version FROM platform.setting_group WHERE school_id = ?").param(schoolId)
                .query(Rows.of(Version.class)).list().stream()
                .collect(Collectors.toMap(Version::groupId, Version::version));
    }

    /**
     * Moves the group's version on from {@code expected}; false when it is not at {@code expected} any more. The row
     * stays locked until the transaction ends, so a second save of the same group waits and then finds it stale.
     */
    boolean advance(long schoolId, String groupId, int expected) {
        if (expected == 0) {
            return jdbc.sql("""
                    INSERT INTO platform.setting_group AS g (school_id, group_id, version) VALUES (?, ?, 1)
                    ON CONFLICT (school_id, group_id) DO UPDATE SET version = 1 WHERE g.version = 0""")
                    .params(schoolId, groupId).update() == 1;
        }
        return jdbc.sql("""
                UPDATE platform.setting_group SET version = version + 1
                WHERE school_id = ? AND group_id = ? AND version = ?""").params(schoolId, groupId, expected).update() == 1;
    }

    void put(long schoolId, String key, String value) {
        jdbc.sql("""
                INSERT INTO platform.setting_value (school_id, key, value) VALUES (?, ?, ?)
                ON CONFLICT (school_id, key) DO UPDATE SET value = EXCLUDED.value""").params(schoolId, key, value)
                .update();
    }

    void record(long schoolId, String groupId, String key, String oldValue, String newValue, Long userId,
                String userName) {
        jdbc.sql("""
                INSERT INTO platform.setting_change (school_id, group_id, key, old_value, new_value, changed_by,
                                                     changed_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(schoolId, groupId, key, oldValue, newValue, userId,
                        userName == null || userName.length() <= 100 ? userName : userName.substring(0, 100))
                .update();
    }

    /** The latest changes of each group, newest first. */
    List<Change> recent(long schoolId, int perGroup) {
        return jdbc.sql("""
                SELECT id, group_id, key, old_value, new_value, changed_at, changed_by, changed_by_name FROM (
                  SELECT c.*, row_number() OVER (PARTITION BY group_id ORDER BY id DESC) AS n
                  FROM platform.setting_change c WHERE school_id = ?) latest
                WHERE n <= ? ORDER BY id DESC""").params(schoolId, perGroup).query(Rows.of(Change.class)).list();
    }
}
