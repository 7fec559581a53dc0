package org.houqin.safety.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The day before a drill its organizer is reminded once, however many nodes run the job at the same moment. */
class DrillReminderTest extends IntegrationTest {

    @Autowired
    DrillJobs reminders;

    @Test
    void twoRunsAtOnceRemindTheOrganizerOfTomorrowsDrillOnce() throws Exception {
        Demo.asSystem(reminders::remindTomorrow);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        long organizer = Demo.userId(jdbc, "principal");
        long id = DrillFlowTest.planned(login("director"), "明天的防溺水演练", tomorrow, organizer);
        long later = DrillFlowTest.planned(login("director"), "后天的演练", tomorrow.plusDays(1), organizer);

        List<Integer> runs = Race.of(() -> Demo.asSystem(reminders::remindTomorrow),
                () -> Demo.asSystem(reminders::remindTomorrow));

        assertThat(runs).containsExactlyInAnyOrder(0, 1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification
                WHERE user_id = ? AND message_key = 'drill.notification.tomorrow' AND link = ?""",
                organizer, "/safety/drills/" + id)).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE link = ?",
                "/safety/drills/" + later)).as("not yet: the day after").isZero();
        assertThat(Demo.asSystem(reminders::remindTomorrow)).as("a later run reminds no one again").isZero();
    }
}
