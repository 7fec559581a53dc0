package org.houqin.platform.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's facts for a period, in the modules' order, keeping only those the reader may open; and the periods
 * reports ask about most: the current semester and a school year.
 */
@Service
public class Facts {

    private final List<FactSource> sources;
    private final ObjectProvider<SchoolTerms> terms;
    private final SchoolClock clock;

    Facts(List<FactSource> sources, ObjectProvider<SchoolTerms> terms, SchoolClock clock) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(FactSource::order).thenComparing(FactSource::module)).toList();
        this.terms = terms;
        this.clock = clock;
    }

    /**
     * The facts of the period in the school that the reader may see, read in one transaction so that they agree
     * with each other.
     */
    @Transactional(readOnly = true)
    public List<Fact> of(long schoolId, Period period, CurrentUser reader) {
        if (!reader.district() && !reader.visibleSchoolIds().contains(schoolId)) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        for (FactSource source : sources) {
            for (Fact fact : source.factsFor(schoolId, period, reader)) {
                if (!fact.module().equals(source.module())) {
                    throw new IllegalStateException(source.module() + " told a fact of another module: " + fact.key());
                }
                if (fact.visibleTo(reader)) {
                    facts.add(fact);
                }
            }
        }
        return List.copyOf(facts);
    }

    /** The modules that tell facts, in their order. */
    public List<String> modules() {
        return sources.stream().map(FactSource::module).toList();
    }

    /** The current semester; a school that keeps none gets the school year of today. */
    public Period currentSemester(long schoolId) {
        return terms.stream().findFirst().flatMap(t -> t.currentSemester(schoolId))
                .orElseGet(() -> schoolYear(schoolId, clock.today()));
    }

    /** The school year holding the day, as the school keeps it, else 1 September to 31 August. */
    public Period schoolYear(long schoolId, LocalDate day) {
        return terms.stream().findFirst().flatMap(t -> t.schoolYear(schoolId, day))
                .orElseGet(() -> Period.schoolYearOf(day));
    }
}
