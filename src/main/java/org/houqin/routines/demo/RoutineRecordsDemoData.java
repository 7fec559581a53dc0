package org.houqin.routines.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.db.Rows;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.checklist.Evaluation;
import org.houqin.routines.records.StoredAnswers;
import org.houqin.routines.records.TemplateVersionQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo school's past rounds filled in: about 85 % of those due before today (the rest missed), mostly on time, a
 * few late, with a failed item now and then. The rounds come from the planning demo (order 600); without any, this
 * does nothing. Written at the times they were done, which the application itself never does.
 */
@Component
class RoutineRecordsDemoData implements DemoData {

    private static final double DONE = 0.85;
    private static final double LATE = 0.08;

    private record PastRound(long id, long templateId, Long roomId, Instant opensAt, Instant dueAt, Instant overdueAt,
                             Long assigneeUserId, Long assigneeRoleId) {
    }

    private final JdbcClient jdbc;
    private final OrganizationApi organization;
    private final IamApi iam;
    private final TemplateVersionQueries versions;
    private final Attachments attachments;
    private final SchoolClock clock;

    RoutineRecordsDemoData(JdbcClient jdbc, OrganizationApi organization, IamApi iam, TemplateVersionQueries versions,
                           Attachments attachments, SchoolClock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.iam = iam;
        this.versions = versions;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 610;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        Instant now = clock.now();
        List<PastRound> rounds = jdbc.sql("""
                SELECT o.id, s.template_id, o.room_id, o.opens_at, o.due_at, o.overdue_at, o.assignee_user_id,
                       o.assignee_role_id
                FROM routines.occurrence o JOIN routines.schedule s ON s.id = o.schedule_id
                WHERE o.school_id = ? AND o.record_id IS NULL AND o.due_at < ? ORDER BY o.due_at, o.id""")
                .params(school, Timestamp.from(now)).query(Rows.of(PastRound.class)).list();
        Random random = new Random(610);
        DemoAnswers answers = new DemoAnswers(attachments, random);
        Map<Long, Optional<TemplateVersionQueries.Version>> templates = new HashMap<>();
        Map<Long, Optional<Long>> roleHolders = new HashMap<>();
        for (PastRound round : rounds) {
            Optional<TemplateVersionQueries.Version> version = templates.computeIfAbsent(round.templateId(),
                    id -> versions.current(school, id));
            Optional<Long> filler = round.assigneeUserId() != null ? Optional.of(round.assigneeUserId())
                    : roleHolders.computeIfAbsent(round.assigneeRoleId(), role -> holder(school, role));
            if (random.nextDouble() < DONE && version.isPresent() && filler.isPresent()) {
                file(school, round, version.get(), filler.get(), answers, random, now);
            }
        }
    }

    private void file(long school, PastRound round, TemplateVersionQueries.Version version, long filler,
                      DemoAnswers answers, Random random, Instant now) {
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('routines.record', 'id'))").query(Long.class)
                .single();
        Evaluation evaluation = Evaluation.evaluate(version.template(), answers.fill(school, id, version.template()),
                version.number());
        if (!evaluation.submittable()) {
            throw new IllegalStateException("demo answers refused: " + evaluation.errors());
        }
        Instant at = doneAt(round, random, now);
        jdbc.sql("""
                INSERT INTO routines.record (id, school_id, template_version_id, occurrence_id, room_id, answers,
                       flagged_count, hazard_count, submitted_by, submitted_at)
                OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(id, school, version.id(), round.id(), round.roomId(), StoredAnswers.write(evaluation),
                        evaluation.flagged().size(), evaluation.hazards().size(), filler, Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE routines.occurrence SET record_id = ?, done_at = ? WHERE id = ? AND record_id IS NULL")
                .params(id, Timestamp.from(at), round.id()).update();
    }

    /** Within the window, or now and then a little after it, never in the future. */
    private static Instant doneAt(PastRound round, Random random, Instant now) {
        boolean late = random.nextDouble() < LATE;
        Instant from = late ? round.dueAt() : round.opensAt();
        Instant to = late ? round.overdueAt().plus(Duration.ofHours(20)) : round.dueAt();
        long seconds = Math.max(1, Duration.between(from, to).getSeconds());
        Instant at = from.plusSeconds(1 + (long) (random.nextDouble() * (seconds - 1)));
        return at.isAfter(now) ? now : at;
    }

    private Optional<Long> holder(long school, Long roleId) {
        if (roleId == null) {
            return Optional.empty();
        }
        return iam.rolesWithIds(school).stream().filter(r -> r.id() == roleId).findFirst()
                .flatMap(role -> iam.usersWithRole(school, role.code()).stream().findFirst());
    }
}
