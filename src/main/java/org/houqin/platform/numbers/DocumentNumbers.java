package org.houqin.platform.numbers;

import java.util.regex.Pattern;

import org.houqin.platform.time.SchoolClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives documents their human numbers, {@code BX-2026-00017}: per type, school and year, in order and without gaps.
 * Call it inside the transaction that saves the document: the counter row stays locked until that transaction ends,
 * so concurrent documents wait their turn and a rolled-back document returns its number.
 */
@Component
public class DocumentNumbers {

    private static final Pattern TYPE = Pattern.compile("[A-Z]{2,8}");

    private final JdbcClient jdbc;
    private final SchoolClock clock;

    DocumentNumbers(JdbcClient jdbc, SchoolClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next number of this type in the school's current year, e.g. {@code next(school, "BX")}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long schoolId, String type) {
        return next(schoolId, type, clock.year());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long schoolId, String type, int year) {
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("A document type is 2 to 8 capital letters: " + type);
        }
        int value = jdbc.sql("""
                INSERT INTO platform.document_counter (school_id, doc_type, year, last_value) VALUES (?, ?, ?, 1)
                ON CONFLICT (school_id, doc_type, year)
                DO UPDATE SET last_value = platform.document_counter.last_value + 1
                RETURNING last_value
                """).params(schoolId, type, year).query(Integer.class).single();
        return format(type, year, value);
    }

    /** {@code count} consecutive numbers of one type and year at once, for imports and bulk registration. */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.List<String> block(long schoolId, String type, int year, int count) {
        if (!TYPE.matcher(type).matches() || count < 1) {
            throw new IllegalArgumentException("A document type is 2 to 8 capital letters and a block at least one: "
                    + type + " " + count);
        }
        int last = jdbc.sql("""
                INSERT INTO platform.document_counter (school_id, doc_type, year, last_value) VALUES (?, ?, ?, ?)
                ON CONFLICT (school_id, doc_type, year)
                DO UPDATE SET last_value = platform.document_counter.last_value + EXCLUDED.last_value
                RETURNING last_value
                """).params(schoolId, type, year, count).query(Integer.class).single();
        java.util.List<String> numbers = new java.util.ArrayList<>(count);
        for (int value = last - count + 1; value <= last; value++) {
            numbers.add(format(type, year, value));
        }
        return numbers;
    }

    static String format(String type, int year, int value) {
        return "%s-%d-%05d".formatted(type, year, value);
    }
}
