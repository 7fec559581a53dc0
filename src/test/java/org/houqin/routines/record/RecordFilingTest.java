package org.houqin.routines.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.iam.IamApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.RecordSubmitted;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.routines.records.FilledAnswer;
import org.houqin.routines.records.RoutineRecords;
import org.houqin.routines.records.StoredAnswers;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Filing a round: flagged readings kept, one record per round and per key, records that never change. */
@RecordApplicationEvents
class RecordFilingTest extends IntegrationTest {

    @Autowired
    RoutineRecords records;
    @Autowired
    IamApi iam;
    @Autowired
    ApplicationEvents events;

    private RoutineRounds rounds() {
        return new RoutineRounds(jdbc);
    }

    private CurrentUser user(String username) {
        return Demo.asSystem(() -> iam.actingAs(Demo.schoolId(jdbc), username));
    }

    private long guardsRound() {
        RoutineRounds fixtures = rounds();
        long template = fixtures.template("fire-monthly");
        return fixtures.round(fixtures.schedule(template, "guard"), "A-101", "guard");
    }

    private long fill(String username, long round, Map<String, FilledAnswer> answers, UUID key) {
        CurrentUser user = user(username);
        return RoutineRounds.as(user, () -> records.fill(user.requireSchool(), user, round, answers, 1, key));
    }

    @Test
    void aReadingOutsideItsLimitsIsSavedAndFlagged() {
        long round = guardsRound();
        Map<String, FilledAnswer> answers = new java.util.LinkedHashMap<>(FireCheck.allInOrder());
        answers.put("extinguisher-count", FilledAnswer.of("１"));
        long id = fill("guard", round, answers, UUID.randomUUID());
        assertThat(rounds().records("SELECT flagged_count FROM routines.record WHERE id = ?", id)).isEqualTo(1);
        assertThat(rounds().records("SELECT count(*) FROM routines.occurrence WHERE id = ? AND record_id = ?", round,
                id)).isEqualTo(1);
        String stored = Demo.asSystem(() -> jdbc.sql("SELECT answers::text FROM routines.record WHERE id = ?")
                .param(id).query(String.class).single());
        assertThat(StoredAnswers.read(stored).get("extinguisher-count").state().name()).isEqualTo("OUT_OF_LIMITS");
    }

    @Test
    void theEventCarriesExactlyTheFailedItemsThatRaiseHazardsWithTheirPhotos() {
        long round = guardsRound();
        Map<String, FilledAnswer> answers = new java.util.LinkedHashMap<>(FireCheck.allInOrder());
        answers.put("extinguisher-pressure", FilledAnswer.of("红区").withPhoto("gauge.jpg", Images.jpeg(40, 30)));
        answers.put("evacuation-route", FilledAnswer.of("FAIL"));
        answers.put("check-cards", FilledAnswer.of("FAIL"));
        long id = fill("guard", round, answers, UUID.randomUUID());
        RecordSubmitted event = events.stream(RecordSubmitted.class).filter(e -> e.recordId() == id).findFirst()
                .orElseThrow();
        assertThat(event.hazards()).extracting(RecordSubmitted.FailedItem::itemCode)
                .containsExactly("extinguisher-pressure", "evacuation-route");
        assertThat(event.hazards()).extracting(RecordSubmitted.FailedItem::level)
                .containsExactly(HazardLevel.GENERAL, HazardLevel.MAJOR);
        List<UUID> photos = event.hazards().get(0).photoIds();
        assertThat(photos).hasSize(1);
        assertThat(rounds().records("SELECT count(*) FROM platform.attachment WHERE id = ? AND owner_id = ?",
                photos.get(0), id)).isEqualTo(1);
        assertThat(rounds().records("SELECT hazard_count FROM routines.record WHERE id = ?", id)).isEqualTo(2);
        assertThat(rounds().records("SELECT count(*) FROM audit.log_entry WHERE module = 'routines' AND entity = 'record' "
                + "AND entity_id = ?", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void twoPeopleFillingOneRoundAtOnceMakeOneRecordAndTheSecondIsToldWhoDidIt() throws Exception {
        RoutineRounds fixtures = rounds();
        long template = fixtures.template("fire-monthly");
        long round = fixtures.round(fixtures.schedule(template, "head"), "A-101", "head");
        long headRole = Demo.count(jdbc, "SELECT id FROM iam.role WHERE school_id = ? AND code = 'DEPARTMENT_HEAD'",
                Demo.schoolId(jdbc));
        Demo.asSystem(() -> jdbc.sql("UPDATE routines.occurrence SET assignee_user_id = NULL, assignee_role_id = ? "
                + "WHERE id = ?").params(headRole, round).update());
        List<Object> outcomes = Race.of(() -> attempt("head", round), () -> attempt("leader", round));
        assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation).singleElement()
                .extracting(o -> ((RuleViolation) o).messageKey()).isEqualTo("routine.record.alreadyDone");
        assertThat(rounds().records("SELECT count(*) FROM routines.record WHERE occurrence_id = ?", round))
                .isEqualTo(1);
    }

    private Object attempt(String username, long round) {
        try {
            return fill(username, round, FireCheck.allInOrder(), UUID.randomUUID());
        } catch (RuleViolation violation) {
            return violation;
        }
    }

    @Test
    void aDoubleSubmitWithTheSameKeyMakesOneRecord() throws Exception {
        long round = guardsRound();
        UUID key = UUID.randomUUID();
        List<Long> ids = Race.of(() -> fill("guard", round, FireCheck.allInOrder(), key),
                () -> fill("guard", round, FireCheck.allInOrder(), key));
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(rounds().records("SELECT count(*) FROM routines.record WHERE occurrence_id = ?", round))
                .isEqualTo(1);
    }

    @Test
    void theApplicationCannotChangeOrDeleteASubmittedRecord() {
        long id = fill("guard", guardsRound(), FireCheck.allInOrder(), UUID.randomUUID());
        CurrentUser guard = user("guard");
        assertThatThrownBy(() -> RoutineRounds.as(guard, () -> jdbc.sql(
                "UPDATE routines.record SET note = '改过' WHERE id = ?").param(id).update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> RoutineRounds.as(guard, () -> jdbc.sql(
                "DELETE FROM routines.record WHERE id = ?").param(id).update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aCorrectionIsANewRecordNamingTheOldOneAndARecordIsCorrectedOnce() {
        long first = fill("guard", guardsRound(), FireCheck.allInOrder(), UUID.randomUUID());
        CurrentUser guard = user("guard");
        Map<String, FilledAnswer> fixed = new java.util.LinkedHashMap<>(FireCheck.allInOrder());
        fixed.put("fire-doors", FilledAnswer.of("FAIL"));
        long second = RoutineRounds.as(guard, () -> records.correct(guard.requireSchool(), guard, first, fixed, 1,
                UUID.randomUUID()));
        assertThat(rounds().records("SELECT corrects_record_id FROM routines.record WHERE id = ?", second))
                .isEqualTo(first);
        assertThat(rounds().records("SELECT flagged_count FROM routines.record WHERE id = ?", first)).isZero();
        assertThatThrownBy(() -> RoutineRounds.as(guard, () -> records.correct(guard.requireSchool(), guard, first,
                FireCheck.allInOrder(), 1, UUID.randomUUID())))
                .isInstanceOf(RuleViolation.class).hasMessage("routine.record.correctedAlready");
        CurrentUser teacher = user("teacher");
        assertThatThrownBy(() -> RoutineRounds.as(teacher, () -> records.correct(teacher.requireSchool(), teacher,
                second, FireCheck.allInOrder(), 1, UUID.randomUUID())))
                .isInstanceOf(org.houqin.platform.web.NotFoundException.class);
    }
}
