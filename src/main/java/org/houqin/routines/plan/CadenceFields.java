package org.houqin.routines.plan;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.schedule.BeforeHolidays;
import org.houqin.routines.schedule.Cadence;
import org.houqin.routines.schedule.Daily;
import org.houqin.routines.schedule.DayRule;
import org.houqin.routines.schedule.Meal;
import org.houqin.routines.schedule.Monthly;
import org.houqin.routines.schedule.Once;
import org.houqin.routines.schedule.PerMeal;
import org.houqin.routines.schedule.SemesterWeeks;
import org.houqin.routines.schedule.Weekdays;
import org.houqin.routines.schedule.Weekly;

/** Turns the form's cadence fields into a cadence, naming the field that is wrong, and back. */
final class CadenceFields {

    private CadenceFields() {
    }

    static Cadence cadence(ScheduleForm f) {
        if (f.getCadenceKind() == null) {
            throw new RuleViolation("cadenceKind", "validation.required");
        }
        return switch (f.getCadenceKind()) {
            case PER_MEAL -> perMeal(f);
            case DAILY -> {
                if (f.getDayRule() == null || f.getDayRule() == DayRule.SCHOOL_DAYS) {
                    throw new RuleViolation("dayRule", "routine.cadence.dailyRule");
                }
                yield new Daily(f.getDayRule());
            }
            case WEEKDAYS -> new Weekdays();
            case WEEKLY -> new Weekly(required("dayOfWeek", f.getDayOfWeek()));
            case MONTHLY -> monthly(f);
            case SEMESTER_WEEKS -> new SemesterWeeks(weeks(f.getWeeks()), required("dayOfWeek", f.getDayOfWeek()));
            case BEFORE_HOLIDAYS -> {
                Integer days = required("minDays", f.getMinDays());
                if (days < 1 || days > 60) {
                    throw new RuleViolation("minDays", "routine.cadence.minDays");
                }
                yield new BeforeHolidays(days);
            }
            case ONCE -> new Once(required("onceOn", f.getOnceOn()));
        };
    }

    private static PerMeal perMeal(ScheduleForm f) {
        if (f.getMeals() == null || f.getMeals().isEmpty()) {
            throw new RuleViolation("meals", "routine.cadence.meals");
        }
        return new PerMeal(EnumSet.copyOf(f.getMeals()), required("dayRule", f.getDayRule()));
    }

    private static Monthly monthly(ScheduleForm f) {
        Integer day = required("dayOfMonth", f.getDayOfMonth());
        if (day < Monthly.FIRST_SCHOOL_DAY || day > 31) {
            throw new RuleViolation("dayOfMonth", "routine.cadence.dayOfMonth");
        }
        List<Integer> months = f.getMonths() == null ? List.of() : f.getMonths();
        if (months.stream().anyMatch(m -> m == null || m < 1 || m > 12)) {
            throw new RuleViolation("months", "routine.cadence.months");
        }
        Set<Month> chosen = months.stream().map(Month::of).collect(Collectors.toSet());
        return new Monthly(day, chosen);
    }

    private static List<Integer> weeks(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("weeks", "validation.required");
        }
        List<Integer> weeks = new ArrayList<>();
        for (String part : text.split("[,，、\\s]+")) {
            if (!part.matches("\\d{1,2}") || Integer.parseInt(part) > SemesterWeeks.LAST_WEEK) {
                throw new RuleViolation("weeks", "routine.cadence.weeks", SemesterWeeks.LAST_WEEK);
            }
            weeks.add(Integer.parseInt(part));
        }
        return weeks;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "validation.required");
        }
        return value;
    }

    /** Fills the form's cadence fields from a stored cadence. */
    static void fill(ScheduleForm f, Cadence cadence) {
        f.setCadenceKind(CadenceKind.valueOf(cadence.toText().split(":")[0]));
        if (cadence instanceof PerMeal p) {
            f.setMeals(new ArrayList<>(p.meals()));
            f.setDayRule(p.dayRule());
        } else if (cadence instanceof Daily d) {
            f.setDayRule(d.dayRule());
        } else if (cadence instanceof Weekly w) {
            f.setDayOfWeek(w.day());
        } else if (cadence instanceof Monthly m) {
            f.setDayOfMonth(m.day());
            f.setMonths(m.everyMonth() ? new ArrayList<>()
                    : new ArrayList<>(m.months().stream().map(Month::getValue).toList()));
        } else if (cadence instanceof SemesterWeeks s) {
            f.setWeeks(s.weeks().stream().map(String::valueOf).collect(Collectors.joining(",")));
            f.setDayOfWeek(s.day());
        } else if (cadence instanceof BeforeHolidays b) {
            f.setMinDays(b.minDays());
        } else if (cadence instanceof Once o) {
            f.setOnceOn(o.date());
        }
    }

    static List<Meal> meals() {
        return Arrays.asList(Meal.values());
    }

    static List<DayOfWeek> daysOfWeek() {
        return Arrays.asList(DayOfWeek.values());
    }
}
