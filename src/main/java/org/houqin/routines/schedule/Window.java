package org.houqin.routines.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * When a round of a routine may be done: it opens at a time, is due at a time the same day or some days later (a
 * weekly or monthly check may take until Friday), and becomes overdue after a grace time. A canteen's per-meal
 * routine has its own times per meal (早餐留样 by 08:30, 午餐 by 13:00); a meal without its own uses the general one.
 */
public record Window(Times times, Map<Meal, Times> meals) {

    public Window {
        Objects.requireNonNull(times, "times");
        meals = Map.copyOf(meals);
    }

    /** Opens and is due the same day. */
    public static Window sameDay(LocalTime opens, LocalTime due, Duration grace) {
        return new Window(new Times(opens, due, 0, grace), Map.of());
    }

    /** Opens on the day and is due some days later, e.g. a monthly fire check due within 5 days. */
    public static Window daysLater(LocalTime opens, int dueAfterDays, LocalTime due, Duration grace) {
        return new Window(new Times(opens, due, dueAfterDays, grace), Map.of());
    }

    /** The same window with a meal's own times. */
    public Window withMeal(Meal meal, LocalTime opens, LocalTime due, Duration grace) {
        Map<Meal, Times> all = new EnumMap<>(Meal.class);
        all.putAll(meals);
        all.put(meal, new Times(opens, due, 0, grace));
        return new Window(times, all);
    }

    public Times forMeal(Meal meal) {
        return meals.getOrDefault(meal, times);
    }

    /** The times of one round: opening, due (after {@code dueAfterDays} days) and the grace before it is overdue. */
    public record Times(LocalTime opens, LocalTime due, int dueAfterDays, Duration grace) {

        public Times {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(due, "due");
            if (dueAfterDays < 0 || grace == null || grace.isNegative()) {
                throw new IllegalArgumentException("A window is due on or after its day, with a grace of 0 or more");
            }
            if (dueAfterDays == 0 && !due.isAfter(opens)) {
                throw new IllegalArgumentException("A same-day window is due after it opens: " + opens + "–" + due);
            }
        }

        /** The round of these times on a day, in the school's zone. */
        public Occurrence on(LocalDate day, String slot, ZoneId zone) {
            var opensAt = day.atTime(opens).atZone(zone).toInstant();
            var dueAt = day.plusDays(dueAfterDays).atTime(due).atZone(zone).toInstant();
            return new Occurrence(day, slot, opensAt, dueAt, dueAt.plus(grace));
        }
    }
}
