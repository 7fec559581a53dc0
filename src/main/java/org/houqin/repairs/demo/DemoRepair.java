package org.houqin.repairs.demo;

import static org.houqin.repairs.demo.RepairsDemoData.ts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.repairs.Priority;
import org.houqin.repairs.RepairStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One demo request with a believable past: how far it got depends on its age (yesterday's lamp may still wait,
 * last month's is done and rated), and every step it took is in its history.
 */
final class DemoRepair {

    private final JdbcClient jdbc;
    private final long school;
    private final Random random;
    private final Instant now;
    private long id;

    DemoRepair(JdbcClient jdbc, long school, Random random, Instant now) {
        this.jdbc = jdbc;
        this.school = school;
        this.random = random;
        this.now = now;
    }

    /** @param reporter the reporting user, or one with id 0 for a plan's work order (no account; the office checks it) */
    long create(String number, long category, PlacesApi.RoomRef room, String text, IamApi.UserRef reporter,
                Instant reported, IamApi.UserRef worker, IamApi.UserRef director, String material, String unit, int most) {
        boolean urgent = random.nextInt(100) < 8;
        Priority priority = urgent ? Priority.URGENT : room.type().teaching() ? Priority.TEACHING : Priority.NORMAL;
        Instant due = reported.plus(Duration.ofHours(switch (priority) {
            case URGENT -> 2;
            case TEACHING -> 24;
            case NORMAL -> 72;
        }));
        RepairStatus target = fate(Duration.between(reported, now).toHours() / 24.0);
        Instant assigned = reported.plus(Duration.ofMinutes(urgent ? 10 + random.nextInt(50) : 15 + random.nextInt(300)));
        Instant started = assigned.plus(Duration.ofMinutes(10 + random.nextInt(110)));
        Instant finished = started.plus(Duration.ofMinutes(20 + random.nextInt(random.nextInt(10) == 0 ? 2880 : 180)));
        Instant closed = finished.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
        target = fitToNow(target, assigned, started, finished, closed);
        boolean outsourced = target != RepairStatus.NEW && random.nextInt(100) < 6;
        if (outsourced && (target == RepairStatus.ASSIGNED || target == RepairStatus.IN_PROGRESS)) {
            target = RepairStatus.OUTSOURCED;
        }
        id = jdbc.sql("""
                INSERT INTO repairs.request (school_id, number, category_id, room_id, place, description, urgent, priority,
                       status, reporter_user_id, reporter_name, reported_at, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?) RETURNING id""")
                .params(school, number, category, room.id(), room.code() + " " + room.name(), text, urgent,
                        priority.name(), account(reporter), reporter.displayName(), ts(reported), ts(due))
                .query(Long.class).single();
        step("report", null, RepairStatus.NEW, reporter, null, reported);
        if (target == RepairStatus.NEW) {
            return id;
        }
        if (target == RepairStatus.REJECTED || target == RepairStatus.ESCALATED || target == RepairStatus.CANCELLED) {
            sideRoad(target, reporter, director, assigned);
            return id;
        }
        String who = outsourced ? "城区水电维修部" : worker.displayName();
        update("assignee_user_id = ?, assignee_name = ?, contractor = ?, contractor_cost = ?, assigned_at = ?, "
                        + "first_assigned_at = ?, status = ?",
                outsourced ? null : worker.id(), outsourced ? null : worker.displayName(), outsourced ? who : null,
                outsourced ? BigDecimal.valueOf(150 + random.nextInt(40) * 10L) : null, ts(assigned), ts(assigned),
                outsourced ? "OUTSOURCED" : "ASSIGNED");
        step(outsourced ? "outsource" : "dispatch", RepairStatus.NEW, outsourced ? RepairStatus.OUTSOURCED
                : RepairStatus.ASSIGNED, director, who, assigned);
        if (target == RepairStatus.ASSIGNED || target == RepairStatus.OUTSOURCED) {
            return id;
        }
        work(target, outsourced, worker, director, reporter, started, finished, closed, material, unit, most);
        return id;
    }

    private void work(RepairStatus target, boolean outsourced, IamApi.UserRef worker, IamApi.UserRef director,
                      IamApi.UserRef reporter, Instant started, Instant finished, Instant closed, String material,
                      String unit, int most) {
        if (!outsourced) {
            update("started_at = ?, status = 'IN_PROGRESS'", ts(started));
            step("start", RepairStatus.ASSIGNED, RepairStatus.IN_PROGRESS, worker, null, started);
            if (target == RepairStatus.IN_PROGRESS) {
                return;
            }
            if (target == RepairStatus.ON_HOLD) {
                update("status = 'ON_HOLD', reason = '等待配件到货'");
                step("hold", RepairStatus.IN_PROGRESS, RepairStatus.ON_HOLD, worker, "等待配件到货", started.plusSeconds(600));
                return;
            }
        }
        String note = outsourced ? "外修单位已修复" : "已修复，试用正常";
        update("finished_at = ?, work_note = ?, work_hours = ?, status = 'AWAITING_CHECK'", ts(finished), note,
                outsourced ? null : RepairsDemoData.hours(started, finished));
        step(outsourced ? "finishOutsourced" : "complete", outsourced ? RepairStatus.OUTSOURCED : RepairStatus.IN_PROGRESS,
                RepairStatus.AWAITING_CHECK, outsourced ? director : worker, note, finished);
        if (material != null && !outsourced && random.nextInt(10) < 8) {
            jdbc.sql("INSERT INTO repairs.material (school_id, request_id, name, unit, quantity) VALUES (?, ?, ?, ?, ?)")
                    .params(school, id, material, unit, BigDecimal.valueOf(1 + random.nextInt(most))).update();
        }
        if (target != RepairStatus.DONE) {
            return;
        }
        Instant autoClosed = finished.plus(Duration.ofDays(7));
        if (random.nextInt(10) == 0 && autoClosed.isBefore(now)) {
            update("closed_at = ?, auto_closed = true, status = 'DONE'", ts(autoClosed));
            step("autoClose", RepairStatus.AWAITING_CHECK, RepairStatus.DONE, null, null, autoClosed);
            return;
        }
        IamApi.UserRef checker = reporter.id() == 0 ? director : reporter;
        int roll = random.nextInt(100);
        int rating = roll < 70 ? 5 : roll < 92 ? 4 : roll < 98 ? 3 : 2;
        String comment = rating == 5 ? "修得又快又好，谢谢师傅" : rating == 4 ? "已修好" : "拖了几天才修";
        update("closed_at = ?, rating = ?, rating_comment = ?, status = 'DONE'", ts(closed), rating, comment);
        step("confirm", RepairStatus.AWAITING_CHECK, RepairStatus.DONE, checker, comment, closed);
    }

    private void sideRoad(RepairStatus target, IamApi.UserRef reporter, IamApi.UserRef director, Instant at) {
        switch (target) {
            case REJECTED -> {
                update("status = 'REJECTED', reason = ?, closed_at = ?", "属个人物品，不在学校维修范围", ts(at));
                step("reject", RepairStatus.NEW, RepairStatus.REJECTED, director, "属个人物品，不在学校维修范围", at);
            }
            case ESCALATED -> {
                update("status = 'ESCALATED', reason = ?", "需更换整套设备，费用较高，请学校决定");
                step("escalate", RepairStatus.NEW, RepairStatus.ESCALATED, director, "需更换整套设备，费用较高，请学校决定", at);
            }
            default -> {
                update("status = 'CANCELLED', closed_at = ?", ts(at));
                step("cancel", RepairStatus.NEW, RepairStatus.CANCELLED, reporter, null, at);
            }
        }
    }

    /** How far a request of this age has got. */
    private RepairStatus fate(double days) {
        int roll = random.nextInt(100);
        if (days < 1) {
            return roll < 45 ? RepairStatus.NEW : roll < 70 ? RepairStatus.ASSIGNED : roll < 88 ? RepairStatus.IN_PROGRESS
                    : RepairStatus.AWAITING_CHECK;
        }
        if (days < 3) {
            return roll < 5 ? RepairStatus.NEW : roll < 15 ? RepairStatus.ASSIGNED : roll < 25 ? RepairStatus.IN_PROGRESS
                    : roll < 30 ? RepairStatus.ON_HOLD : roll < 65 ? RepairStatus.AWAITING_CHECK : RepairStatus.DONE;
        }
        if (days < 7) {
            return roll < 3 ? RepairStatus.ON_HOLD : roll < 5 ? RepairStatus.ESCALATED : roll < 25
                    ? RepairStatus.AWAITING_CHECK : RepairStatus.DONE;
        }
        return roll < 3 ? RepairStatus.REJECTED : roll < 6 ? RepairStatus.CANCELLED : roll < 7 ? RepairStatus.ESCALATED
                : RepairStatus.DONE;
    }

    /** A step that would lie in the future has not happened yet. */
    private RepairStatus fitToNow(RepairStatus target, Instant assigned, Instant started, Instant finished, Instant closed) {
        if (target == RepairStatus.DONE && closed.isAfter(now)) {
            target = RepairStatus.AWAITING_CHECK;
        }
        if (target == RepairStatus.AWAITING_CHECK && finished.isAfter(now)) {
            target = RepairStatus.IN_PROGRESS;
        }
        if ((target == RepairStatus.IN_PROGRESS || target == RepairStatus.ON_HOLD) && started.isAfter(now)) {
            target = RepairStatus.ASSIGNED;
        }
        if (target != RepairStatus.NEW && assigned.isAfter(now)) {
            target = RepairStatus.NEW;
        }
        return target;
    }

    private static Long account(IamApi.UserRef user) {
        return user.id() == 0 ? null : user.id();
    }

    private void update(String set, Object... values) {
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = id;
        jdbc.sql("UPDATE repairs.request SET " + set + " WHERE id = ?").params(params).update();
    }

    private void step(String action, RepairStatus from, RepairStatus to, IamApi.UserRef actor, String note, Instant at) {
        jdbc.sql("""
                INSERT INTO repairs.request_event (school_id, request_id, action, from_status, to_status, actor_user_id,
                                                   actor_name, note, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(school, id, action, from == null ? null : from.name(), to.name(),
                        actor == null ? null : account(actor), actor == null ? "系统" : actor.displayName(), note, ts(at))
                .update();
    }
}
