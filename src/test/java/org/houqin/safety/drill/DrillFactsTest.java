package org.houqin.safety.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.houqin.iam.IamApi;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.Facts;
import org.houqin.platform.facts.Period;
import org.houqin.platform.security.CurrentUser;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The work summary's sentence about drills, counted by hand for a spring semester of its own. */
class DrillFactsTest extends IntegrationTest {

    private static final Period SPRING_2025 = Period.of(LocalDate.of(2025, 2, 17), LocalDate.of(2025, 7, 4));

    @Autowired
    Facts facts;
    @Autowired
    Drills drills;
    @Autowired
    IamApi iam;
    @Autowired
    MessageSource messages;
    @Autowired
    TransactionTemplate transaction;

    private long held(CurrentUser director, DrillKind kind, LocalDate day, int students, int staff) {
        DrillForm plan = new DrillForm();
        plan.setKind(kind);
        plan.setTitle("2025 春季" + kind.name());
        plan.setPlannedOn(day);
        plan.setPlannedTime(LocalTime.of(10, 0));
        plan.setPlace("全校");
        plan.setOrganizerUserId(director.userId());
        plan.setStudents(students);
        plan.setStaff(staff);
        long id = drills.create(director.requireSchool(), director, plan);
        if (students + staff == 0) {
            CancelForm cancel = new CancelForm();
            cancel.setReason("改期");
            drills.cancel(director.requireSchool(), director, id, cancel);
            return id;
        }
        CompleteForm done = new CompleteForm();
        done.setStartedOn(day);
        done.setStartedTime(LocalTime.of(10, 5));
        done.setDurationMinutes(30);
        done.setEvacuationSeconds(kind.evacuation() ? 200 : null);
        done.setStudents(students);
        done.setStaff(staff);
        done.setSummary("按预案完成");
        drills.complete(director.requireSchool(), director, id, done);
        return id;
    }

    @Test
    void threeDrillsWithTwoThousandFourHundredSixtyPeopleMakeTheSummarysSentence() {
        long school = Demo.schoolId(jdbc);
        CurrentUser director = Demo.asSystem(() -> iam.actingAs(school, "director"));
        Demo.asSystem(() -> transaction.execute(status -> {
            held(director, DrillKind.FIRE, LocalDate.of(2025, 3, 12), 820, 60);
            held(director, DrillKind.EARTHQUAKE, LocalDate.of(2025, 5, 12), 1100, 80);
            held(director, DrillKind.DROWNING, LocalDate.of(2025, 6, 3), 370, 30);
            held(director, DrillKind.STAMPEDE, LocalDate.of(2025, 6, 20), 0, 0);
            return held(director, DrillKind.FIRE, LocalDate.of(2025, 7, 10), 900, 70);
        }));

        List<Fact> told = Demo.asSystem(() -> facts.of(school, SPRING_2025, director));
        Fact done = told.stream().filter(f -> f.key().equals("safety.drills.done")).findFirst().orElseThrow();
        Fact people = told.stream().filter(f -> f.key().equals("safety.drills.participants")).findFirst().orElseThrow();
        assertThat(done.value().count()).as("done in the semester; cancelled and later ones are not").isEqualTo(3);
        assertThat(people.value().count()).isEqualTo(820 + 60 + 1100 + 80 + 370 + 30);
        assertThat(done.breakdown()).extracting(p -> p.label().in(messages, Locale.SIMPLIFIED_CHINESE))
                .containsExactlyInAnyOrder("消防疏散", "地震避险", "防溺水");
        assertThat(messages.getMessage("drill.facts.sentence", new Object[] {done.value().count(),
                people.value().count()}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("本学期组织应急演练 3 次，参与师生 2,460 人次");
        assertThat(done.link()).isEqualTo("/safety/drills?status=DONE&from=2025-02-17&to=2025-07-04");
        assertThat(login("director").get(done.link()).body()).contains("2025 春季FIRE").contains("2025 春季DROWNING")
                .doesNotContain("2025 春季STAMPEDE");
    }

    @Test
    void aTeacherIsToldNothingAboutDrills() {
        long school = Demo.schoolId(jdbc);
        CurrentUser teacher = Demo.asSystem(() -> iam.actingAs(school, "teacher"));
        assertThat(Demo.asSystem(() -> facts.of(school, SPRING_2025, teacher))).extracting(Fact::module)
                .doesNotContain("safety");
    }
}
