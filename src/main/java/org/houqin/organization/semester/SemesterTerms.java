package org.houqin.organization.semester;

import java.time.LocalDate;
import java.util.Optional;

import org.houqin.platform.facts.Period;
import org.houqin.platform.facts.SchoolTerms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The semesters and school years the school keeps, as the periods of its reports. */
@Component
@Transactional(readOnly = true)
class SemesterTerms implements SchoolTerms {

    private final SemesterService semesters;

    SemesterTerms(SemesterService semesters) {
        this.semesters = semesters;
    }

    @Override
    public Optional<Period> currentSemester(long schoolId) {
        return semesters.current(schoolId).map(s -> Period.of(s.startsOn(), s.endsOn()));
    }

    @Override
    public Optional<Period> schoolYear(long schoolId, LocalDate day) {
        return semesters.yearOf(schoolId, day).map(y -> Period.of(y.startsOn(), y.endsOn()));
    }
}
