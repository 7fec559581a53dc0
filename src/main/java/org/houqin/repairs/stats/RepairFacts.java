package org.houqin.repairs.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.FactSource;
import org.houqin.platform.facts.Label;
import org.houqin.platform.facts.Period;
import org.houqin.platform.facts.Units;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.repairs.RepairsPermissions;
import org.springframework.stereotype.Component;

/**
 * What the repairs of a period add up to, the figures of 维修统计 for the same days: received (by category), done,
 * overdue, how fast and how well, and the materials used ("更换灯管 136 根"). Three aggregate queries.
 */
@Component
class RepairFacts implements FactSource {

    /** The materials named one by one; the rest count only in the number of kinds. */
    static final int MATERIALS_LISTED = 20;

    private final RepairStatsQueries stats;
    private final MaterialUse materialUse;
    private final SchoolClock clock;

    RepairFacts(RepairStatsQueries stats, MaterialUse materialUse, SchoolClock clock) {
        this.stats = stats;
        this.materialUse = materialUse;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "repairs";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<Fact> factsFor(long schoolId, Period period, CurrentUser reader) {
        if (!reader.can(RepairsPermissions.STATS_READ)) {
            return List.of();
        }
        Instant from = period.start(clock);
        Instant to = period.end(clock);
        RepairStatsQueries.Line total = stats.total(schoolId, from, to, null);
        List<RepairStatsQueries.Line> categories = stats.lines(schoolId, from, to, null, RepairStatsQueries.GroupBy.CATEGORY, Map.of());
        List<RepairStatsQueries.MaterialTotal> materials = materialUse.of(schoolId, from, to, null);
        String link = "/repairs/stats?" + period.query();
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("repairs.requests.received", Amount.count(total.total(), Units.TIMES), link)
                .by(categories.stream().map(line -> new Fact.Part(Label.text(line.label()),
                        Amount.count(line.total(), Units.TIMES))).toList()));
        facts.add(fact("repairs.requests.done", Amount.count(total.done(), Units.TIMES), link));
        facts.add(fact("repairs.requests.overdue", Amount.count(total.overdue(), Units.TIMES), link));
        average(facts, "repairs.response.meanHours", total.responseHours(), Units.HOURS, link);
        average(facts, "repairs.completion.meanHours", total.completionHours(), Units.HOURS, link);
        average(facts, "repairs.rating.mean", total.rating(), Units.POINTS, link);
        facts.add(fact("repairs.materials.used", Amount.count(materials.size(), Units.KINDS), link)
                .by(materials.stream().limit(MATERIALS_LISTED).map(m -> new Fact.Part(Label.text(m.name()),
                        Amount.sum(trimmed(m.quantity()), Label.text(m.unit())))).toList()));
        return facts;
    }

    /** An average is told only when there was something to average: no ratings is not a rating of 0. */
    private static void average(List<Fact> facts, String key, BigDecimal value, Label unit, String link) {
        if (value != null) {
            facts.add(fact(key, Amount.mean(value, unit), link));
        }
    }

    /** 136 rather than 136.000 (and not 1.36E+2). */
    private static BigDecimal trimmed(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Fact fact(String key, Amount value, String link) {
        return Fact.of(key, value, link, RepairsPermissions.STATS_READ);
    }
}
