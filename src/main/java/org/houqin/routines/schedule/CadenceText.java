package org.houqin.routines.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the stored text of a cadence: {@code KIND} or {@code KIND:argument:argument}, e.g. {@code WEEKLY:FRIDAY},
 * {@code SEMESTER_WEEKS:0,1,10:MONDAY}. Only the canonical form is accepted (the one {@link Cadence#toText} writes),
 * so one meaning has one text.
 */
final class CadenceText {

    private CadenceText() {
    }

    static Cadence parse(String text) {
        if (text == null || text.isBlank()) {
            throw new CadenceTextException(String.valueOf(text), "it is empty", null);
        }
        Cadence cadence;
        try {
            cadence = read(text.split(":", -1));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new CadenceTextException(text, e.getMessage(), e);
        }
        if (!cadence.toText().equals(text)) {
            throw new CadenceTextException(text, "its canonical form is '" + cadence.toText() + "'", null);
        }
        return cadence;
    }

    private static Cadence read(String[] parts) {
        String kind = parts[0];
        return switch (kind) {
            case "PER_MEAL" -> new PerMeal(meals(arguments(parts, 2)[0]), dayRule(parts[2]));
            case "DAILY" -> new Daily(dayRule(arguments(parts, 1)[0]));
            case "WEEKDAYS" -> {
                arguments(parts, 0);
                yield new Weekdays();
            }
            case "WEEKLY" -> new Weekly(dayOfWeek(arguments(parts, 1)[0]));
            case "MONTHLY" -> monthly(parts);
            case "SEMESTER_WEEKS" -> new SemesterWeeks(weeks(arguments(parts, 2)[0]), dayOfWeek(parts[2]));
            case "BEFORE_HOLIDAYS" -> new BeforeHolidays(number(arguments(parts, 1)[0]));
            case "ONCE" -> new Once(LocalDate.parse(arguments(parts, 1)[0]));
            default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
        };
    }

    /** {@code MONTHLY:day} every month, or {@code MONTHLY:day:months} in the chosen months. */
    private static Monthly monthly(String[] parts) {
        if (parts.length <= 2) {
            return new Monthly(dayOfMonth(arguments(parts, 1)[0]));
        }
        String[] arguments = arguments(parts, 2);
        Set<Month> months = Arrays.stream(arguments[1].split(",", -1)).map(CadenceText::month)
                .collect(Collectors.toSet());
        return new Monthly(dayOfMonth(arguments[0]), months);
    }

    private static Month month(String text) {
        int number = number(text);
        if (number < 1 || number > 12) {
            throw new IllegalArgumentException("a month is 1 to 12, not " + number);
        }
        return Month.of(number);
    }

    /** The arguments after the kind, refusing too few or too many. */
    private static String[] arguments(String[] parts, int count) {
        if (parts.length - 1 != count) {
            int given = parts.length - 1;
            throw new IllegalArgumentException(parts[0] + " takes " + count + " argument(s), not " + given);
        }
        return Arrays.copyOfRange(parts, 1, parts.length);
    }

    private static Set<Meal> meals(String text) {
        return Arrays.stream(text.split(",", -1)).map(m -> constant(Meal.class, m, "meal")).collect(Collectors.toSet());
    }

    private static List<Integer> weeks(String text) {
        return Arrays.stream(text.split(",", -1)).map(CadenceText::number).toList();
    }

    private static DayRule dayRule(String text) {
        return constant(DayRule.class, text, "day rule");
    }

    private static DayOfWeek dayOfWeek(String text) {
        return constant(DayOfWeek.class, text, "day of the week");
    }

    private static int dayOfMonth(String text) {
        return "FIRST_SCHOOL_DAY".equals(text) ? Monthly.FIRST_SCHOOL_DAY : number(text);
    }

    private static int number(String text) {
        if (!text.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        return Integer.parseInt(text);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + text + "'", e);
        }
    }
}
