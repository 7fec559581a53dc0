package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.platform.settings.Settings;
import org.houqin.repairs.request.RepairJobs;
import org.houqin.repairs.settings.RepairSettingKeys;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SettingsSnapshot;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hours and days the director sets on 系统设置 are the ones a new request is due by and an unchecked one waits. */
class RepairSettingsTest extends IntegrationTest {

    @Autowired
    Settings settings;
    @Autowired
    SettingChanges changes;
    @Autowired
    RepairJobs jobs;

    private long school;
    private SettingsSnapshot before;

    @BeforeEach
    void remember() {
        school = Demo.schoolId(jdbc);
        before = SettingsSnapshot.of(settings, school, RepairSettingKeys.GROUP);
    }

    @AfterEach
    void putBack() {
        before.restore(changes, jdbc);
    }

    private void save(WebUser director, int urgent, int teaching, int normal, int autoCloseDays) {
        Map<String, String> form = new HashMap<>(Map.of("repairs.hours.urgent", String.valueOf(urgent),
                "repairs.hours.teaching", String.valueOf(teaching), "repairs.hours.normal", String.valueOf(normal),
                "repairs.auto-close.days", String.valueOf(autoCloseDays), "repairs.guest.enabled", "true",
                "repairs.guest.hourly-limit", "5"));
        form.put("version", String.valueOf(SettingsSnapshot.version(jdbc, school, "repairs")));
        assertThat(director.post("/settings/repairs", form).redirectsTo("/settings#repairs")).isTrue();
    }

    /** Hours from the report to the due time, as the request was saved. */
    private long hoursAllowed(long id) {
        return Demo.count(jdbc, "SELECT round(extract(epoch FROM due_at - reported_at) / 3600) FROM repairs.request "
                + "WHERE id = ?", id);
    }

    private String priority(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT priority FROM repairs.request WHERE id = ?").param(id)
                .query(String.class).single());
    }

    @Test
    void aNewRequestIsDueByTheHoursTheDirectorSet() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser director = login("director");
        WebUser teacher = login("teacher");
        long earlier = repairs.report(teacher, "A-101", "照明", "灯不亮，按原来的时限");
        Map<String, Long> defaults = Map.of("URGENT", 2L, "TEACHING", 24L, "NORMAL", 72L);
        assertThat(hoursAllowed(earlier)).isEqualTo(defaults.get(priority(earlier)));

        save(director, 3, 30, 100, 7);
        long later = repairs.report(teacher, "A-101", "照明", "灯不亮，按新的时限");
        Map<String, Long> changed = Map.of("URGENT", 3L, "TEACHING", 30L, "NORMAL", 100L);
        assertThat(priority(later)).isEqualTo(priority(earlier));
        assertThat(hoursAllowed(later)).isEqualTo(changed.get(priority(later)));
    }

    @Test
    void anUncheckedRepairClosesAfterTheDaysTheDirectorSet() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser director = login("director");
        long unchecked = repairs.report(login("teacher"), "A-101", "照明", "灯不亮，测试三天自动验收");
        repairs.workedOn(director, login("worker"), unchecked);
        Demo.asSystem(() -> jdbc.sql("UPDATE repairs.request SET finished_at = now() - interval '4 days' WHERE id = ?")
                .param(unchecked).update());
        SystemWork.run(jobs::closeUnconfirmed);
        assertThat(repairs.status(unchecked)).as("seven days by default").isEqualTo("AWAITING_CHECK");

        save(director, 2, 24, 72, 3);
        SystemWork.run(jobs::closeUnconfirmed);
        assertThat(repairs.status(unchecked)).isEqualTo("DONE");
    }
}
