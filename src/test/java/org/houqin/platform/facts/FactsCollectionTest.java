package org.houqin.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.time.SchoolClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Facts keeps the modules' order, drops what the reader may not open and refuses a fact told by another module. */
class FactsCollectionTest {

    private static final Period TERM = Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 24));
    private static final SchoolClock CLOCK = new SchoolClock(Clock.fixed(Instant.parse("2027-03-10T02:00:00Z"),
            ZoneId.of("Asia/Shanghai")));

    private record Source(String module, int order, List<Fact> facts) implements FactSource {

        @Override
        public List<Fact> factsFor(long schoolId, Period period, CurrentUser reader) {
            return facts;
        }
    }

    private static Fact fact(String key, String permission) {
        return Fact.of(key, Amount.count(1, Units.TIMES), "/somewhere", permission);
    }

    private static CurrentUser reader(String... permissions) {
        return new CurrentUser(1, "reader", "读者", 7L, Set.of(7L), false, null, null, DataScope.everything(),
                Set.of(permissions));
    }

    private static Facts facts(FactSource... sources) {
        return new Facts(List.of(sources), new StaticListableBeanFactory().getBeanProvider(SchoolTerms.class), CLOCK);
    }

    @Test
    void modulesComeInTheirOrderWhateverOrderTheBeansCameIn() {
        Facts facts = facts(new Source("assets", 220, List.of(fact("assets.added.items", "a"))),
                new Source("repairs", 100, List.of(fact("repairs.requests.received", "r"),
                        fact("repairs.requests.done", "r"))),
                new Source("warehouse", 190, List.of(fact("warehouse.issues.value", "w"))));
        assertThat(facts.modules()).containsExactly("repairs", "warehouse", "assets");
        assertThat(facts.of(7, TERM, reader("a", "r", "w"))).extracting(Fact::key).containsExactly(
                "repairs.requests.received", "repairs.requests.done", "warehouse.issues.value", "assets.added.items");
    }

    @Test
    void aFactWhosePageTheReaderMayNotOpenIsDroppedWhateverTheSourceReturns() {
        Facts facts = facts(new Source("repairs", 100, List.of(fact("repairs.requests.received", "repairs:stats:read"),
                fact("repairs.requests.done", "repairs:request:dispatch"))));
        assertThat(facts.of(7, TERM, reader("repairs:stats:read"))).extracting(Fact::key)
                .containsExactly("repairs.requests.received");
        assertThat(facts.of(7, TERM, reader())).isEmpty();
        assertThat(facts.of(8, TERM, reader("repairs:stats:read", "repairs:request:dispatch")))
                .as("another school's facts").isEmpty();
    }

    @Test
    void aSourceMayNotSpeakForAnotherModule() {
        Facts facts = facts(new Source("repairs", 100, List.of(fact("warehouse.issues.value", "w"))));
        assertThatThrownBy(() -> facts.of(7, TERM, reader("w"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("warehouse.issues.value");
    }

    @Test
    void withoutTheSchoolsOwnCalendarTheSemesterIsTheSchoolYearOfToday() {
        assertThat(facts().currentSemester(7)).isEqualTo(Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)));
        assertThat(facts().schoolYear(7, LocalDate.of(2027, 9, 1)).from()).isEqualTo(LocalDate.of(2027, 9, 1));
    }
}
