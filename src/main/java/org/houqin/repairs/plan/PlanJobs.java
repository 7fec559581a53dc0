package org.houqin.repairs.plan;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node, turns the plans whose day has come into work orders. */
@Component
public class PlanJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanJobs.class);

    private final PlanService service;
    private final SchoolClock clock;

    PlanJobs(PlanService service, SchoolClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "${houqin.repairs.plans-cron:0 5 * * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "repairs-plans", lockAtMostFor = "PT50M")
    public void run() {
        LocalDate today = clock.today();
        int made = SystemWork.call(() -> generateDue(today));
        if (made > 0) {
            log.info("Maintenance plans: {} work orders raised", made);
        }
    }

    /** @return how many work orders were raised */
    public int generateDue(LocalDate today) {
        int made = 0;
        for (PlanService.Due due : service.due(today)) {
            try {
                made += service.generate(due.schoolId(), due.id(), today) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Maintenance plan {} could not raise its work order", due.id(), e);
            }
        }
        return made;
    }
}
