package org.houqin.platform.numbers;

import org.houqin.platform.document.DocumentType;
import org.houqin.platform.document.DocumentTypes;
import org.houqin.platform.time.SchoolClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives documents their human numbers, {@code BX-2026-00017}: per type, school and year, in order and without gaps;
 * the type is one a module declared ({@link DocumentTypes}), anything else is refused.
 * Call it inside the transaction that saves the document: the counter row stays locked until that transaction ends,
 * so concurrent documents wait their turn and a rolled-back document returns its number.
 */
@Component
public class DocumentNumbers {

    private final JdbcClient jdbc;
    private final DocumentTypes types;
    private final SchoolClock clock;

    DocumentNumbers(JdbcClient jdbc, DocumentTypes types, SchoolClock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.clock = clock;
    }

    /** The next number of this type in the school's current year: {@code BX-2026-00017}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long schoolId, DocumentType type) {
        return next(schoolId, type.code());
    }

    /** The next number of this type in the school's current year, e.g. {@code next(school, "BX")}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long schoolId, String type) {
        return next(schoolId, type, clock.year());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long schoolId, String type, int year) {
        types.get(type);
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
        types.get(type);
        if (count < 1) {
            throw new IllegalArgumentException("A block of numbers has at least one: " + count);
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
