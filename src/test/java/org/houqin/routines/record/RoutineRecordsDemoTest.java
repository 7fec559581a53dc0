package org.houqin.routines.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.demo.DemoData;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's past rounds are mostly done, inside their windows or a little late, each by a valid record. */
class RoutineRecordsDemoTest extends IntegrationTest {

    @Autowired
    List<DemoData> demoData;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aboutFiveInSixPastRoundsAreFilledWithJudgedAnswers() {
        RoutineRounds fixtures = new RoutineRounds(jdbc);
        long schedule = fixtures.schedule(fixtures.template("fire-monthly"), "guard");
        List<Long> rounds = new ArrayList<>();
        for (int day = 1; day <= 40; day++) {
            rounds.add(fixtures.roundDue(schedule, "A-101", "guard", Instant.now().minus(Duration.ofDays(day))));
        }
        DemoData records = demoData.stream().filter(d -> d.order() == 610).findFirst().orElseThrow();
        Demo.asSystem(() -> transaction.execute(status -> {
            records.load();
            return null;
        }));
        long done = Demo.count(jdbc, "SELECT count(*) FROM routines.occurrence WHERE schedule_id = ? "
                + "AND record_id IS NOT NULL", schedule);
        assertThat(done).isBetween(28L, 39L);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM routines.occurrence o JOIN routines.record r ON r.id = o.record_id
                WHERE o.schedule_id = ? AND r.submitted_at >= o.opens_at AND r.submitted_at = o.done_at
                  AND r.answers -> 'inspector' IS NOT NULL AND r.submitted_by = o.assignee_user_id""", schedule))
                .isEqualTo(done);
    }
}
