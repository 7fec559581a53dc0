package org.houqin.routines.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.template.Templates;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Schedules are saved from their form, and their rounds are written, reminded and escalated exactly once. */
class RoundsTest extends IntegrationTest {

    @Autowired
    Templates templates;

    @Autowired
    Schedules schedules;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundJobs jobs;

    @Autowired
    SchoolClock clock;

    @Test
    void aMonthlyScheduleForTwoRoomsGetsItsRoundsAtOnceAndEachRoundOnceHoweverOftenItIsGenerated() throws Exception {
        WebUser director = login("director");
        long template = copy("fire-monthly");
        Map<String, String> form = form(template, "消防月检（测试两处）");
        form.put("cadenceKind", "MONTHLY");
        form.put("dayOfMonth", String.valueOf(clock.today().plusDays(1).getDayOfMonth() > 28 ? 1
                : clock.today().plusDays(1).getDayOfMonth()));
        form.put("roomIds", room("A-130") + "," + room("F-03"));
        WebUser.Page saved = director.post("/routines/schedules", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long schedule = Demo.count(jdbc, "SELECT id FROM routines.schedule WHERE name = '消防月检（测试两处）'");
        long written = rows(schedule);
        assertThat(written).as("one round per room within the next two weeks").isBetween(2L, 4L);
        assertThat(Demo.count(jdbc, "SELECT count(DISTINCT assignee_user_id) FROM routines.occurrence "
                + "WHERE schedule_id = ? AND assignee_user_id = ?", schedule, Demo.userId(jdbc, "guard"))).isEqualTo(1);

        Schedules.Row row = SystemWork.call(() -> schedules.find(Demo.schoolId(jdbc), schedule)).orElseThrow();
        LocalDate today = clock.today();
        SystemWork.call(() -> rounds.generate(row, today, today.plusDays(60)));
        long afterTwoMonths = rows(schedule);
        List<Integer> again = Race.of(() -> SystemWork.call(() -> rounds.generate(row, today, today.plusDays(60))),
                () -> SystemWork.call(() -> rounds.generate(row, today, today.plusDays(60))));
        assertThat(again).containsExactly(0, 0);
        assertThat(rows(schedule)).isEqualTo(afterTwoMonths);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM (SELECT schedule_id, room_id, key FROM routines.occurrence WHERE schedule_id = ?
                GROUP BY 1, 2, 3 HAVING count(*) > 1) d""", schedule)).isZero();
    }

    @Test
    void twoNodesGeneratingAtOnceWriteEachRoundOnce() throws Exception {
        long template = copy("canteen");
        Map<String, String> form = form(template, "食堂检查（并发生成）");
        form.put("cadenceKind", "DAILY");
        form.put("dayRule", "EVERY_DAY");
        form.put("startsOn", clock.today().plusDays(30).toString());
        assertThat(login("director").post("/routines/schedules", form).status()).isEqualTo(302);
        long schedule = Demo.count(jdbc, "SELECT id FROM routines.schedule WHERE name = '食堂检查（并发生成）'");
        assertThat(rows(schedule)).as("it starts in a month").isZero();

        LocalDate later = clock.today().plusDays(30);
        List<Integer> added = Race.of(() -> SystemWork.call(() -> jobs.generate(later)),
                () -> SystemWork.call(() -> jobs.generate(later)));
        assertThat(rows(schedule)).isEqualTo(Rounds.DAYS_AHEAD + 1);
        assertThat(added.get(0) + added.get(1)).isGreaterThanOrEqualTo(Rounds.DAYS_AHEAD + 1);
    }

    @Test
    void aBadCadenceOrWindowIsAMessageAtItsField() {
        WebUser director = login("director");
        Map<String, String> weeks = form(copy("school-opening"), "开学检查（错误周次）");
        weeks.put("cadenceKind", "SEMESTER_WEEKS");
        weeks.put("weeks", "0,99");
        weeks.put("dayOfWeek", "MONDAY");
        WebUser.Page refused = director.post("/routines/schedules", weeks);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("教学周为0至30的数字");

        Map<String, String> window = form(copy("school-opening"), "开学检查（错误时间）");
        window.put("opensAt", "17:00");
        window.put("dueAt", "08:00");
        WebUser.Page late = director.post("/routines/schedules", window);
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body()).contains("截止时间须晚于开始时间");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM routines.schedule WHERE name LIKE '开学检查（错误%'")).isZero();
    }

    @Test
    void aRoundIsRemindedOnceAndEscalatedOnceEvenWhenTwoRunsMeet() throws Exception {
        long template = copy("electrical");
        Map<String, String> form = form(template, "用电检查（提醒测试）");
        form.put("roomIds", String.valueOf(room("C-B03")));
        assertThat(login("director").post("/routines/schedules", form).status()).isEqualTo(302);
        long schedule = Demo.count(jdbc, "SELECT id FROM routines.schedule WHERE name = '用电检查（提醒测试）'");
        long round = Demo.count(jdbc, "SELECT min(id) FROM routines.occurrence WHERE schedule_id = ?", schedule);
        Instant opened = Demo.asSystem(() -> jdbc.sql("SELECT opens_at FROM routines.occurrence WHERE id = ?")
                .param(round).query(Instant.class).single());
        Instant now = opened.plusSeconds(60);
        Race.of(() -> SystemWork.call(() -> jobs.remindAndEscalate(now)),
                () -> SystemWork.call(() -> jobs.remindAndEscalate(now)));
        assertThat(notices("routine.notify.opened", "用电检查（提醒测试）")).isEqualTo(1);

        Instant overdue = Demo.asSystem(() -> jdbc.sql("SELECT overdue_at FROM routines.occurrence WHERE id = ?")
                .param(round).query(Instant.class).single()).plusSeconds(60);
        Race.of(() -> SystemWork.call(() -> jobs.remindAndEscalate(overdue)),
                () -> SystemWork.call(() -> jobs.remindAndEscalate(overdue)));
        SystemWork.call(() -> jobs.remindAndEscalate(overdue));
        assertThat(notices("routine.notify.overdue", "用电检查（提醒测试）")).isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification WHERE message_key = 'routine.notify.overdue'
                  AND user_id = ? AND args::text LIKE '%用电检查（提醒测试）%'""", Demo.userId(jdbc, "director")))
                .as("the supervisor is told").isEqualTo(1);
    }

    private long notices(String key, String name) {
        return Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE message_key = ? "
                + "AND args::text LIKE ?", key, "%" + name + "%");
    }

    private long rows(long schedule) {
        return Demo.count(jdbc, "SELECT count(*) FROM routines.occurrence WHERE schedule_id = ?", schedule);
    }

    private long copy(String code) {
        return SystemWork.call(() -> templates.copy(Demo.schoolId(jdbc), code, Demo.userId(jdbc, "director")));
    }

    private long room(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc));
    }

    /** A schedule's form as the page posts it: weekdays 08:00–17:00 by the guard, supervised by the director. */
    private Map<String, String> form(long template, String name) {
        Map<String, String> form = new HashMap<>();
        form.put("templateId", String.valueOf(template));
        form.put("name", name);
        form.put("cadenceKind", "WEEKDAYS");
        form.put("opensAt", "08:00");
        form.put("dueAt", "17:00");
        form.put("dueAfterDays", "0");
        form.put("graceMinutes", "60");
        form.put("assigneeKind", "USER");
        form.put("assigneeUserId", String.valueOf(Demo.userId(jdbc, "guard")));
        form.put("supervisorUserId", String.valueOf(Demo.userId(jdbc, "director")));
        form.put("startsOn", clock.today().toString());
        return form;
    }
}
