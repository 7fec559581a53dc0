package org.houqin.safety.letter;

import java.time.LocalDate;

/** School years as Chinese schools write them, "2026-2027": from September to the next summer. */
public final class SchoolYears {

    private SchoolYears() {
    }

    public static boolean valid(String year) {
        if (year == null || !year.matches("[0-9]{4}-[0-9]{4}")) {
            return false;
        }
        int first = Integer.parseInt(year.substring(0, 4));
        return first >= 2000 && first <= 2098 && Integer.parseInt(year.substring(5)) == first + 1;
    }

    public static String next(String year) {
        int first = Integer.parseInt(year.substring(0, 4)) + 1;
        return first + "-" + (first + 1);
    }

    /** The school year a day falls in: from August on it is the year starting then. */
    public static String of(LocalDate day) {
        int first = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        return first + "-" + (first + 1);
    }
}
