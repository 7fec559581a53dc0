package org.houqin.platform.imports;

import java.util.List;

/**
 * One value of a file that no record names exactly, as the values page asks about it: the field, the value and how
 * many rows have it, the best guesses, whether it may be created or left empty, every record to pick from, and the
 * answer shown (a remembered one, the user's, or the likely guess for the user to confirm).
 *
 * @param param  the request parameter of the answer ({@code va_N}); {@code vq_N} carries lookup and value
 * @param chosen the answer as the form sends it ({@code id:12}, {@code new}, {@code empty}, {@code wrong})
 */
public record ValueQuestion(String param, String key, String fieldLabel, String text, int rows, List<Offer> guesses,
                            String creation, boolean allowEmpty, List<Offer> others, String chosen,
                            boolean remembered) {

    /** A record offered as the answer, with its label (and why it is guessed). */
    public record Offer(String value, String label) {
    }

    /** Whether a record is among the guesses (the full list then leaves it unselected). */
    public boolean guessed(String value) {
        return guesses.stream().anyMatch(g -> g.value().equals(value));
    }

    public String keyParam() {
        return "vq_" + param.substring(3);
    }
}
