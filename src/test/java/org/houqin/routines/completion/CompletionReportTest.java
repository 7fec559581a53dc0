package org.houqin.routines.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.plan.AssigneeKind;
import org.houqin.routines.plan.CadenceKind;
import org.houqin.routines.plan.Rounds;
import org.houqin.routines.plan.ScheduleForm;
import org.houqin.routines.plan.Schedules;
import org.houqin.routines.schedule.Completion;
import org.houqin.routines.schedule.DayRule;
import org.houqin.routines.schedule.Occurrence;
import org.houqin.routines.template.Templates;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 应做/已做/逾期/完成率 of a week of daily rounds, counted by hand and by the cadence kit's arithmetic. */
class CompletionReportTest extends IntegrationTest {

    @Autowired
    Templates templates;

    @Autowired
    Schedules schedules;

    @Autowired
    Rounds rounds;

    @Autowired
    CompletionReport reports;

    @Autowired
    SchoolClock clock;

    @Test
    void aWeekWithFourDoneOneOfThemLateAndThreeMissedIsFourOfSevenDone() {
        long school = Demo.schoolId(jdbc);
        long director = Demo.userId(jdbc, "director");
        LocalDate monday = clock.today().minusWeeks(6).with(java.time.DayOfWeek.MONDAY);
        long schedule = dailySchedule(school, director, monday);
        List<Long> ids = Demo.ids(jdbc, "SELECT id FROM routines.occurrence WHERE schedule_id = ? ORDER BY day",
                schedule);
        assertThat(ids).hasSize(7);
        long version = Demo.count(jdbc, "SELECT v.id FROM routines.template_version v JOIN routines.schedule s "
                + "ON s.template_id = v.template_id WHERE s.id = ?", schedule);
        for (int i = 0; i < 4; i++) {
            done(school, ids.get(i), version, director, i == 3);
        }

        CompletionFilter filter = new CompletionFilter();
        filter.setPeriod(CompletionFilter.Period.CUSTOM);
        filter.setFrom(monday);
        filter.setTo(monday.plusDays(6));
        filter.setSchedule(schedule);
        CompletionReport.Report report = SystemWork.call(() -> reports.report(school, filter));
        assertThat(report.lines()).hasSize(1);
        Completion counted = report.lines().get(0).completion();
        assertThat(counted).isEqualTo(new Completion(7, 4, 1, 3, 0));
        assertThat(counted.rate()).contains(new BigDecimal("57.1"));
        assertThat(counted).as("the same as the cadence kit's arithmetic").isEqualTo(byTheKit(schedule));

        String page = login("director").get("/routines/completion?period=CUSTOM&from=" + monday + "&to="
                + monday.plusDays(6) + "&schedule=" + schedule).body();
        assertThat(page).contains("完成情况").contains("57.1%").contains("未做 3，逾期完成 1");
    }

    @Test
    void theExportIsAWorkbookAndTheGroupsArePersonAndPlace() {
        WebUser director = login("director");
        assertThat(director.getBytes("/routines/completion/export.xlsx?group=PERSON&period=SEMESTER")).isNotEmpty();
        assertThat(director.get("/routines/completion?group=PLACE&period=SEMESTER").status()).isEqualTo(200);
        assertThat(login("teacher").get("/routines/completion").status()).isEqualTo(403);
    }

    private Completion byTheKit(long schedule) {
        List<Occurrence> occurrences = Demo.asSystem(() -> jdbc.sql("""
                SELECT day, slot, opens_at, due_at, overdue_at FROM routines.occurrence WHERE schedule_id = ?""")
                .param(schedule).query((rs, n) -> new Occurrence(rs.getDate(1).toLocalDate(), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant())).list());
        Map<String, Instant> submitted = new HashMap<>();
        Demo.asSystem(() -> jdbc.sql("SELECT key, done_at FROM routines.occurrence WHERE schedule_id = ? "
                + "AND record_id IS NOT NULL").param(schedule)
                .query((rs, n) -> submitted.put(rs.getString(1), rs.getTimestamp(2).toInstant())).list());
        return Completion.of(occurrences, submitted, clock.now());
    }

    private long dailySchedule(long school, long director, LocalDate monday) {
        ScheduleForm form = new ScheduleForm();
        form.setTemplateId(SystemWork.call(() -> templates.copy(school, "canteen", director)));
        form.setName("食堂检查（完成率）");
        form.setCadenceKind(CadenceKind.DAILY);
        form.setDayRule(DayRule.EVERY_DAY);
        form.setOpensAt(LocalTime.of(8, 0));
        form.setDueAt(LocalTime.of(17, 0));
        form.setGraceMinutes(60);
        form.setAssigneeKind(AssigneeKind.USER);
        form.setAssigneeUserId(Demo.userId(jdbc, "canteen"));
        form.setStartsOn(monday);
        form.setEndsOn(monday.plusDays(6));
        long id = SystemWork.call(() -> schedules.create(school, form, director, clock.today()));
        SystemWork.call(() -> rounds.generate(schedules.find(school, id).orElseThrow(), monday, monday.plusDays(6)));
        return id;
    }

    /** A record for the round, submitted in its window or, when late, an hour after its grace. */
    private void done(long school, long round, long version, long user, boolean late) {
        Demo.asSystem(() -> {
            Timestamp at = jdbc.sql("SELECT " + (late ? "overdue_at" : "opens_at") + " FROM routines.occurrence "
                    + "WHERE id = ?").param(round).query(Timestamp.class).single();
            Timestamp when = Timestamp.from(at.toInstant().plus(Duration.ofHours(1)));
            long record = jdbc.sql("""
                    INSERT INTO routines.record (school_id, template_version_id, occurrence_id, answers, submitted_by,
                           submitted_at) VALUES (?, ?, ?, '{}'::jsonb, ?, ?) RETURNING id""")
                    .params(school, version, round, user, when).query(Long.class).single();
            return jdbc.sql("UPDATE routines.occurrence SET record_id = ?, done_at = ? WHERE id = ?")
                    .params(record, when, round).update();
        });
    }
}
