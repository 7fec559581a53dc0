package org.houqin.safety.drill;

import java.util.List;

import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.FactSource;
import org.houqin.platform.facts.Label;
import org.houqin.platform.facts.Period;
import org.houqin.platform.facts.Units;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/**
 * For the work summary: the drills done in the period (by the day they took place), by kind, and the people who
 * took part, as "本学期组织应急演练 3 次，参与师生 2,460 人次". One aggregate query.
 */
@Component
class DrillFacts implements FactSource {

    static final Label PERSON_TIMES = Label.key("drill.facts.unit.personTimes");

    private final DrillQueries queries;
    private final SchoolClock clock;

    DrillFacts(DrillQueries queries, SchoolClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "safety";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public List<Fact> factsFor(long schoolId, Period period, CurrentUser reader) {
        List<DrillQueries.KindCount> kinds = queries.doneByKind(schoolId, period.start(clock), period.end(clock));
        String link = "/safety/drills?status=DONE&" + period.query();
        long drills = kinds.stream().mapToLong(DrillQueries.KindCount::drills).sum();
        long students = kinds.stream().mapToLong(DrillQueries.KindCount::students).sum();
        long staff = kinds.stream().mapToLong(DrillQueries.KindCount::staff).sum();
        return List.of(
                new Fact("safety.drills.done", "drill.facts.done", Amount.count(drills, Units.TIMES), List.of(), link,
                        SafetyPermissions.ARCHIVE_READ).by(kinds.stream().map(k -> new Fact.Part(
                                Label.key(k.kind().messageKey()), Amount.count(k.drills(), Units.TIMES))).toList()),
                new Fact("safety.drills.participants", "drill.facts.participants",
                        Amount.count(students + staff, PERSON_TIMES), List.of(), link, SafetyPermissions.ARCHIVE_READ)
                        .by(List.of(new Fact.Part(Label.key("drill.students"), Amount.count(students, PERSON_TIMES)),
                                new Fact.Part(Label.key("drill.staff"), Amount.count(staff, PERSON_TIMES)))));
    }

}
