package org.houqin.routines.plan;

import java.time.Instant;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On one node at a time (and harmless on two): every night the rounds of the next {@link Rounds#DAYS_AHEAD} days are
 * written; every few minutes the rounds that opened are reminded and the missed ones escalated.
 */
@Component
public class RoundJobs {

    private static final Logger log = LoggerFactory.getLogger(RoundJobs.class);

    private final ScheduleStore schedules;
    private final Rounds rounds;
    private final RoundNotices notices;
    private final SchoolClock clock;

    RoundJobs(ScheduleStore schedules, Rounds rounds, RoundNotices notices, SchoolClock clock) {
        this.schedules = schedules;
        this.rounds = rounds;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(cron = "${houqin.routines.rounds-cron:0 10 1 * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "routines-rounds", lockAtMostFor = "PT50M")
    public void generateAhead() {
        int added = SystemWork.call(() -> generate(clock.today()));
        if (added > 0) {
            log.info("Routines: {} rounds written ahead", added);
        }
    }

    @Scheduled(cron = "${houqin.routines.notices-cron:0 */5 * * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "routines-notices", lockAtMostFor = "PT4M")
    public void notifyRounds() {
        SystemWork.run(() -> remindAndEscalate(clock.now()));
    }

    /** @return how many rounds were new */
    public int generate(LocalDate today) {
        int added = 0;
        for (Schedules.Row schedule : SystemWork.call(() -> schedules.running(today))) {
            try {
                added += rounds.generate(schedule, today, today.plusDays(Rounds.DAYS_AHEAD));
            } catch (RuntimeException e) {
                log.warn("Routine schedule {} could not write its rounds", schedule.id(), e);
            }
        }
        return added;
    }

    /** @return how many notices were sent: reminders, then escalations */
    public int[] remindAndEscalate(Instant now) {
        int reminded = 0;
        for (RoundNotices.Due due : notices.toRemind(now)) {
            reminded += notices.remind(due, now) ? 1 : 0;
        }
        int escalated = 0;
        for (RoundNotices.Due due : notices.toEscalate(now)) {
            escalated += notices.escalate(due, now) ? 1 : 0;
        }
        return new int[] {reminded, escalated};
    }
}
