package org.houqin.safety.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.SystemWork;
import org.houqin.routines.RecordSubmitted;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A hazard closed to the end on PostgreSQL: reported, assigned, rectified, re-inspected by someone else, closed. */
class HazardFlowTest extends IntegrationTest {

    @Autowired
    Attachments attachments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aReportedHazardIsAssignedRectifiedReInspectedAndClosed() {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        WebUser director = login("director");
        WebUser worker = login("worker");
        WebUser vice = login("vice");
        long id = hazards.report(login("teacher"), "A-101", "GENERAL", "教室后门灭火器压力不足，测试闭环");
        assertThat(hazards.status(id)).isEqualTo("REPORTED");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_type = 'hazard' "
                + "AND owner_id = ?", id)).as("the photo is kept").isEqualTo(1);

        assertThat(hazards.assign(director, id, "worker").status()).isEqualTo(302);
        assertThat(hazards.status(id)).isEqualTo("RECTIFYING");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.hazard WHERE id = ? AND due_at BETWEEN "
                + "assigned_at + interval '7 days' - interval '1 minute' AND assigned_at + interval '7 days'", id))
                .as("a general hazard is due in 7 days").isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE message_key = "
                + "'hazard.notification.assigned' AND link = ? AND user_id = ?", "/safety/hazards/" + id,
                Demo.userId(jdbc, "worker"))).isEqualTo(1);
        assertThat(director.getBytes("/safety/hazards/" + id + "/notice.pdf")).startsWith("%PDF".getBytes());

        assertThat(hazards.rectify(worker, id).status()).isEqualTo(302);
        assertThat(hazards.status(id)).isEqualTo("RECTIFIED");
        assertThat(hazards.recheck(vice, id, false, "灭火器型号不对").status()).isEqualTo(302);
        assertThat(hazards.status(id)).isEqualTo("RECTIFYING");
        assertThat(hazards.rectify(worker, id).status()).isEqualTo(302);
        assertThat(hazards.recheck(vice, id, true, null).status()).isEqualTo(302);
        assertThat(hazards.status(id)).isEqualTo("CLOSED");
        assertThat(vice.get("/safety/hazards/" + id).body()).contains("已销号", "陈丽萍", "灭火器型号不对");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'hazard' "
                + "AND entity_id = ?", String.valueOf(id))).as("every step audited").isGreaterThanOrEqualTo(6);
    }

    @Test
    void theRectifierCannotCloseTheirOwnRectification() {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        WebUser director = login("director");
        long id = hazards.report(login("teacher"), "A-102", "GENERAL", "插座松动，测试本人复查");
        hazards.assign(director, id, "director");
        hazards.rectify(director, id);
        WebUser.Page refused = hazards.recheck(director, id, true, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("须由其他人复查");
        assertThat(hazards.status(id)).isEqualTo("RECTIFIED");
        assertThat(hazards.recheck(login("vice"), id, true, null).status()).isEqualTo(302);
        assertThat(hazards.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void twoManagersAssigningAtOnceOneWinsTheOtherSeesAConflict() throws Exception {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        long id = hazards.report(login("teacher"), "A-103", "MAJOR", "楼梯扶手松动，测试同时派发");
        WebUser director = login("director");
        WebUser vice = login("vice");
        Map<String, String> form = Map.of("version", String.valueOf(hazards.version(id)),
                "assigneeUserId", String.valueOf(Demo.userId(jdbc, "worker")));
        List<Callable<Integer>> both = List.of(() -> director.post("/safety/hazards/" + id + "/assign", form).status(),
                () -> vice.post("/safety/hazards/" + id + "/assign", form).status());
        assertThat(Race.of(both)).containsExactlyInAnyOrder(302, 409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'hazard' "
                + "AND entity_id = ? AND action = 'ASSIGN'", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aRecordWithTwoFailedItemsMakesTwoHazardsAtItsRoomWithTheItemsPhotos() {
        long school = Demo.schoolId(jdbc);
        long room = new HazardFixtures(jdbc).roomId("A-104");
        long guard = Demo.userId(jdbc, "guard");
        Demo.asSystem(() -> transaction.execute(status -> {
            var photo = attachments.storePhoto(school, "routine-record", 990_001L, "answers", "压力表.jpg",
                    Images.jpeg(64, 48));
            events.publishEvent(new RecordSubmitted(school, 990_001L, "消防设施月检", room, null, null, guard,
                    Instant.now(), List.of(
                    new RecordSubmitted.FailedItem("extinguisher-pressure", "灭火器压力正常", HazardLevel.GENERAL,
                            "否", List.of(photo.id())),
                    new RecordSubmitted.FailedItem("exit-clear", "疏散通道畅通", HazardLevel.MAJOR, "堆放杂物",
                            List.of()))));
            return null;
        }));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.hazard WHERE source LIKE 'routine-record:990001/%' "
                + "AND room_id = ? AND status = 'REPORTED'", room)).isEqualTo(2);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.hazard WHERE source = "
                + "'routine-record:990001/exit-clear' AND level = 'MAJOR' AND description LIKE '%疏散通道畅通：堆放杂物%'"))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM platform.attachment a JOIN safety.hazard h ON h.id = a.owner_id
                WHERE a.owner_type = 'hazard' AND h.source = 'routine-record:990001/extinguisher-pressure'"""))
                .as("the failed item's photo, copied to its hazard").isEqualTo(1);
    }

    @Test
    void anOverdueHazardEscalatesToTheVicePrincipalOnceEvenWithTwoRunsAtOnce() throws Exception {
        HazardFixtures hazards = new HazardFixtures(jdbc);
        long id = hazards.report(login("teacher"), "A-105", "GENERAL", "窗户把手脱落，测试逾期");
        hazards.assign(login("director"), id, "worker");
        Demo.asSystem(() -> jdbc.sql("UPDATE safety.hazard SET due_at = now() - interval '1 hour' WHERE id = ?")
                .param(id).update());
        HazardEscalation escalation = escalation();
        List<Callable<Integer>> runs = List.of(() -> SystemWork.call(escalation::escalateOverdue),
                () -> SystemWork.call(escalation::escalateOverdue));
        Race.of(runs);
        SystemWork.call(escalation::escalateOverdue);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE message_key = "
                + "'hazard.notification.overdue' AND link = ?", "/safety/hazards/" + id))
                .isEqualTo(Demo.count(jdbc, "SELECT count(*) FROM iam.user_role ur JOIN iam.role r ON r.id = ur.role_id "
                        + "WHERE r.code = 'VICE_PRINCIPAL' AND r.school_id = ?", Demo.schoolId(jdbc)))
                .isPositive();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.hazard WHERE id = ? AND escalated_at IS NOT NULL",
                id)).isEqualTo(1);
    }

    @Autowired
    HazardEscalation escalationBean;

    private HazardEscalation escalation() {
        return escalationBean;
    }
}
