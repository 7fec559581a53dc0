package org.houqin.safety.hazard;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.FactSource;
import org.houqin.platform.facts.Label;
import org.houqin.platform.facts.Period;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/**
 * What the hazards tell the work summary about a period: hazards found (by level), closed after re-inspection, and
 * those overdue now; their page is the register for the period.
 */
@Component
class HazardFacts implements FactSource {

    static final Label PLACES = Label.key("hazard.unit.places");

    private final HazardStatsQueries stats;
    private final SchoolClock clock;

    HazardFacts(HazardStatsQueries stats, SchoolClock clock) {
        this.stats = stats;
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
        if (!reader.can(SafetyPermissions.ARCHIVE_READ)) {
            return List.of();
        }
        Instant from = period.start(clock);
        Instant to = period.end(clock);
        HazardStatsQueries.Totals totals = stats.totals(schoolId, from, to, clock.now());
        String link = "/safety/hazards?" + period.query();
        return List.of(
                fact("safety.hazards.found", totals.found(), link).by(stats.byLevel(schoolId, from, to).stream()
                        .map(s -> new Fact.Part(Label.key("hazard.level." + s.code()),
                                Amount.count(s.found(), PLACES))).toList()),
                fact("safety.hazards.closed", totals.closed(), link),
                fact("safety.hazards.overdue", totals.overdue(), link + "&overdue=true"));
    }

    private static Fact fact(String key, long count, String link) {
        return new Fact(key, "hazard.facts." + key.substring(key.lastIndexOf('.') + 1), Amount.count(count, PLACES),
                List.of(), link, SafetyPermissions.ARCHIVE_READ);
    }
}
