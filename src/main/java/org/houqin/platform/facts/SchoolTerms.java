package org.houqin.platform.facts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The school's own calendar as reports need it: the current semester and the school year of a day. The
 * organization module keeps semesters and answers this (platform may not ask it directly).
 */
public interface SchoolTerms {

    Optional<Period> currentSemester(long schoolId);

    Optional<Period> schoolYear(long schoolId, LocalDate day);
}
