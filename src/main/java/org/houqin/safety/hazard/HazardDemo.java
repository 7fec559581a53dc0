package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.houqin.places.PlacesApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.stereotype.Component;

/**
 * What the demo school's hazards are made with: the services' own steps, each as the person who takes it, then the
 * times moved back to when they happened (a demo is loaded in one moment).
 */
@Component
public class HazardDemo {

    private final HazardReporting reporting;
    private final HazardService service;
    private final HazardRepairs repairs;
    private final HazardStore store;

    HazardDemo(HazardReporting reporting, HazardService service, HazardRepairs repairs, HazardStore store) {
        this.reporting = reporting;
        this.service = service;
        this.repairs = repairs;
        this.store = store;
    }

    public long report(long school, CurrentUser by, PlacesApi.RoomRef room, HazardLevel level,
                       HazardCategory category, String description, Instant at) {
        HazardForms.Report form = new HazardForms.Report();
        form.setRoomId(room == null ? null : room.id());
        form.setLocation(room == null ? "学校正门" : null);
        form.setLevel(level);
        form.setCategory(category);
        form.setDescription(description);
        long id = reporting.report(school, by, form);
        store.demoReportedAt(id, at);
        return id;
    }

    public void assign(long school, long id, CurrentUser office, CurrentUser to, String required) {
        HazardForms.Step form = step(school, id);
        form.setAssigneeUserId(to.userId());
        form.setRequiredMeasures(required);
        service.assign(school, office, id, form);
        store.demoAssignedSoonAfterReport(id);
    }

    /** Assigned, rectified by the worker with photos-less measures, passed by the vice-principal. */
    public void close(long school, long id, CurrentUser office, CurrentUser worker, CurrentUser checker,
                      String measures) {
        assign(school, id, office, worker, null);
        HazardForms.Step done = step(school, id);
        done.setMeasures(measures);
        done.setCost(new BigDecimal("120.00"));
        service.rectify(school, worker, id, done);
        HazardForms.Step pass = step(school, id);
        pass.setPass(true);
        service.recheck(school, checker, id, pass);
        store.demoClosedDaysAfterAssignment(id);
    }

    public void openRepair(long school, long id, CurrentUser by) {
        repairs.open(school, by, id, service.row(school, id).version());
    }

    public void bureauSent(long school, long id, CurrentUser by) {
        service.bureauSent(school, by, id, service.row(school, id).version());
        store.demoBureauSentHoursAfterReport(id);
    }

    /** Its deadline passed two days ago, and the vice-principal was told. */
    public void overdue(long school, long id) {
        Instant due = service.now().minus(Duration.ofDays(2));
        store.demoOverdue(id, due, due.plus(Duration.ofMinutes(10)));
    }

    private HazardForms.Step step(long school, long id) {
        HazardForms.Step form = new HazardForms.Step();
        form.setVersion(service.row(school, id).version());
        return form;
    }
}
