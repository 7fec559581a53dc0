package org.houqin.routines.schedule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** 每餐: each chosen meal on each day its rule keeps, e.g. 食堂留样 at breakfast, lunch and dinner on school days. */
public record PerMeal(Set<Meal> meals, DayRule dayRule) implements Cadence {
    public PerMeal {
        if (meals == null || meals.isEmpty()) {
            throw new IllegalArgumentException("A per-meal cadence needs at least one meal");
        }
        meals = Collections.unmodifiableSet(EnumSet.copyOf(meals));
        Objects.requireNonNull(dayRule, "dayRule");
    }

    @Override
    public List<LocalDate> days(SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return DayRange.of(from, to).filter(day -> dayRule.keeps(calendar, day)).toList();
    }

    @Override
    public String toText() {
        return "PER_MEAL:" + meals.stream().map(Meal::name).collect(Collectors.joining(",")) + ":" + dayRule;
    }

    @Override
    public String messageKey() {
        return "routine.cadence.perMeal." + dayRule;
    }

    @Override
    public List<Object> messageArguments() {
        return List.copyOf(meals);
    }
}
