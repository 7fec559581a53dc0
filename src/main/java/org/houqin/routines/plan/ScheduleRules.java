package org.houqin.routines.plan;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.schedule.Meal;
import org.houqin.routines.schedule.Window;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A schedule's window from its form or its row, and its meal times as stored ({@code {"LUNCH":["11:00","13:00"]}}). */
final class ScheduleRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScheduleRules() {
    }

    /** The form's window, naming the field that is wrong. */
    static Window window(ScheduleForm f) {
        Window window;
        try {
            window = Window.daysLater(f.getOpensAt(), f.getDueAfterDays(), f.getDueAt(),
                    Duration.ofMinutes(f.getGraceMinutes()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("dueAt", "routine.schedule.dueBeforeOpens");
        }
        if (f.getCadenceKind() != CadenceKind.PER_MEAL) {
            return window;
        }
        for (Meal meal : f.getMeals()) {
            LocalTime[] times = f.mealTimes(meal);
            if (times[0] == null && times[1] == null) {
                continue;
            }
            String field = meal.name().toLowerCase() + "Due";
            if (times[0] == null || times[1] == null || !times[1].isAfter(times[0])) {
                throw new RuleViolation(field, "routine.schedule.mealTimes");
            }
            window = window.withMeal(meal, times[0], times[1], Duration.ofMinutes(f.getGraceMinutes()));
        }
        return window;
    }

    /** The meal times as stored, or null when no meal has its own. */
    static String mealTimes(ScheduleForm f) {
        if (f.getCadenceKind() != CadenceKind.PER_MEAL) {
            return null;
        }
        Map<String, List<String>> stored = new TreeMap<>();
        for (Meal meal : f.getMeals()) {
            LocalTime[] times = f.mealTimes(meal);
            if (times[0] != null && times[1] != null) {
                stored.put(meal.name(), List.of(times[0].toString(), times[1].toString()));
            }
        }
        return stored.isEmpty() ? null : JSON.writeValueAsString(stored);
    }

    /** A stored schedule's window. */
    static Window window(Schedules.Row row) {
        Duration grace = Duration.ofMinutes(row.graceMinutes());
        Window window = Window.daysLater(row.opensAt(), row.dueAfterDays(), row.dueAt(), grace);
        for (Map.Entry<Meal, LocalTime[]> meal : meals(row.mealTimes()).entrySet()) {
            window = window.withMeal(meal.getKey(), meal.getValue()[0], meal.getValue()[1], grace);
        }
        return window;
    }

    /** Puts stored meal times back on a form. */
    static void fillMeals(ScheduleForm f, String mealTimes) {
        meals(mealTimes).forEach((meal, times) -> f.setMealTimes(meal, times[0], times[1]));
    }

    private static Map<Meal, LocalTime[]> meals(String mealTimes) {
        Map<Meal, LocalTime[]> meals = new TreeMap<>();
        if (mealTimes == null) {
            return meals;
        }
        JsonNode node = JSON.readTree(mealTimes);
        for (Meal meal : Meal.values()) {
            JsonNode times = node.get(meal.name());
            if (times != null) {
                meals.put(meal, new LocalTime[] {LocalTime.parse(times.get(0).asString()),
                        LocalTime.parse(times.get(1).asString())});
            }
        }
        return meals;
    }
}
