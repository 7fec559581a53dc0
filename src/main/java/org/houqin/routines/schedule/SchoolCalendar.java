package org.houqin.routines.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The school's year as the school lives it: its semesters, the days off (national holidays such as 国庆节 and the
 * vacations between semesters such as 寒假) and the make-up school days (调休上班 on a Saturday or Sunday). A plain
 * value: later the organization module's semesters and a school calendar table build it.
 */
public final class SchoolCalendar {

    /** How far a search for a school day looks before it gives up: a calendar with no school in a year has none. */
    private static final int SEARCH_DAYS = 366;

    private final List<Semester> semesters;
    private final List<DaysOff> daysOff;
    private final Set<LocalDate> makeUpDays;

    public SchoolCalendar(List<Semester> semesters, List<DaysOff> daysOff, Set<LocalDate> makeUpDays) {
        this.semesters = semesters.stream().sorted(Comparator.comparing(Semester::firstDay)).toList();
        this.daysOff = daysOff.stream().sorted(Comparator.comparing(DaysOff::firstDay)).toList();
        this.makeUpDays = Set.copyOf(makeUpDays);
        for (int i = 1; i < this.semesters.size(); i++) {
            if (!this.semesters.get(i).firstDay().isAfter(this.semesters.get(i - 1).lastDay())) {
                throw new IllegalArgumentException("Semesters overlap: " + this.semesters.get(i - 1).name() + " and "
                        + this.semesters.get(i).name());
            }
        }
    }

    /** A day the pupils are at school: a weekday inside a semester and not a day off, or a make-up day. */
    public boolean isSchoolDay(LocalDate date) {
        if (makeUpDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend && semesterOf(date).isPresent() && !isOff(date);
    }

    /** Whether the date falls in a holiday or a vacation the school lists (a weekend alone is not a day off). */
    public boolean isOff(LocalDate date) {
        return daysOff.stream().anyMatch(off -> off.contains(date));
    }

    public Optional<Semester> semesterOf(LocalDate date) {
        return semesters.stream().filter(s -> s.contains(date)).findFirst();
    }

    /** The teaching week (第几周) of a date inside a semester. */
    public OptionalInt teachingWeek(LocalDate date) {
        return semesterOf(date).map(s -> OptionalInt.of(s.teachingWeek(date))).orElse(OptionalInt.empty());
    }

    public List<Semester> semesters() {
        return semesters;
    }

    /** The holidays and vacations that touch [from, to], in order. */
    public List<DaysOff> daysOffBetween(LocalDate from, LocalDate to) {
        return daysOff.stream().filter(off -> !off.lastDay().isBefore(from) && !off.firstDay().isAfter(to)).toList();
    }

    List<DaysOff> daysOff() {
        return daysOff;
    }

    /** The last school day before a date, if the calendar has one within a year. */
    public Optional<LocalDate> lastSchoolDayBefore(LocalDate date) {
        for (int i = 1; i <= SEARCH_DAYS; i++) {
            if (isSchoolDay(date.minusDays(i))) {
                return Optional.of(date.minusDays(i));
            }
        }
        return Optional.empty();
    }

    /** The first school day after a date, if the calendar has one within a year. */
    public Optional<LocalDate> firstSchoolDayAfter(LocalDate date) {
        for (int i = 1; i <= SEARCH_DAYS; i++) {
            if (isSchoolDay(date.plusDays(i))) {
                return Optional.of(date.plusDays(i));
            }
        }
        return Optional.empty();
    }

    /** The first school day of a month; a month of vacation has none. */
    public Optional<LocalDate> firstSchoolDayOf(YearMonth month) {
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).filter(this::isSchoolDay).findFirst();
    }

    /**
     * The school day that stands for a date within its week (Monday to Sunday): the date itself when school is on,
     * else the next school day later in that week, else the last one earlier in it; a week without school has none.
     */
    public Optional<LocalDate> schoolDayInWeekOf(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Optional<LocalDate> sameOrLater = date.datesUntil(sunday.plusDays(1)).filter(this::isSchoolDay).findFirst();
        if (sameOrLater.isPresent()) {
            return sameOrLater;
        }
        return monday.datesUntil(date).filter(this::isSchoolDay).reduce((first, second) -> second);
    }

    /**
     * How many days in a row the pupils stay home around a holiday: from the day after the last school day before it
     * to the day before the first school day after it, so 清明 on a Monday with its weekend is 3 days.
     */
    public long daysWithoutSchoolAround(DaysOff off) {
        LocalDate start = lastSchoolDayBefore(off.firstDay()).map(d -> d.plusDays(1)).orElse(off.firstDay());
        LocalDate end = firstSchoolDayAfter(off.lastDay()).orElse(off.lastDay().plusDays(1));
        return start.datesUntil(end).count();
    }

    /**
     * A semester (学期): its name and its first and last day. Teaching week 1 is the week, Monday-based, that holds
     * the first day; week 0 is the week before it (开学前一周).
     */
    public record Semester(String name, LocalDate firstDay, LocalDate lastDay) {

        public Semester {
            Objects.requireNonNull(name, "name");
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("Semester " + name + " ends before it starts");
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }

        /** The Monday of a teaching week; week 0 is the week before the semester's first week. */
        public LocalDate mondayOfWeek(int week) {
            return firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
        }

        public int teachingWeek(LocalDate date) {
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return (int) ChronoUnit.WEEKS.between(mondayOfWeek(1), monday) + 1;
        }
    }

    /** Days off with a name, one day or a range: 国庆节 2026-10-01..10-07, 寒假 2027-01-23..02-21. */
    public record DaysOff(String name, LocalDate firstDay, LocalDate lastDay) {

        public DaysOff {
            Objects.requireNonNull(name, "name");
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("Days off " + name + " end before they start");
            }
        }

        public static DaysOff day(String name, LocalDate day) {
            return new DaysOff(name, day, day);
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }
}
