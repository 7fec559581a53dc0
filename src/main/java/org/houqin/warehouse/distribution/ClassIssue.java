package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.houqin.platform.web.RuleViolation;

/**
 * One class's books: handed over at once or, when the store is short, in part with the reason written down and the
 * rest later (补发); never more than its list says. Surplus copies come back, never more than the class has.
 */
final class ClassIssue {

    /** A line of the class's list: required, handed over so far, returned so far. */
    record Line(long id, BigDecimal required, BigDecimal issued, BigDecimal returned) {

        BigDecimal remaining() {
            return required.subtract(issued);
        }

        BigDecimal returnable() {
            return issued.subtract(returned);
        }
    }

    final long id;
    final int version;
    ClassStatus status;
    final List<Line> lines;

    ClassIssue(long id, ClassStatus status, int version, List<Line> lines) {
        this.id = id;
        this.status = status;
        this.version = version;
        this.lines = List.copyOf(lines);
    }

    /**
     * Hands over, for each line id, a quantity up to what is still owed, at least one above zero; when anything is
     * still owed afterwards, the reason must be given. Returns the quantities to take out of stock by line id.
     */
    Map<Long, BigDecimal> issue(Map<Long, BigDecimal> quantities, String shortageReason) {
        if (status == ClassStatus.ISSUED) {
            throw RuleViolation.of("distribution.class.state.issued");
        }
        Map<Long, BigDecimal> out = checked(quantities, Line::remaining, "distribution.issue.tooMuch",
                new RuleViolation("lines[0].quantity", "distribution.issue.nothing"));
        boolean owed = lines.stream()
                .anyMatch(line -> line.remaining().compareTo(out.getOrDefault(line.id(), BigDecimal.ZERO)) > 0);
        if (owed && (shortageReason == null || shortageReason.isBlank())) {
            throw new RuleViolation("shortageReason", "distribution.shortage.reasonRequired");
        }
        status = owed ? ClassStatus.SHORT : ClassStatus.ISSUED;
        return out;
    }

    /** Takes back surplus copies, for each line id up to what the class holds of it. */
    Map<Long, BigDecimal> giveBack(Map<Long, BigDecimal> quantities) {
        return checked(quantities, Line::returnable, "distribution.return.tooMuch",
                RuleViolation.of("distribution.return.nothing"));
    }

    private Map<Long, BigDecimal> checked(Map<Long, BigDecimal> quantities, Function<Line, BigDecimal> limit,
                                          String tooMuch, RuleViolation nothing) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal quantity = quantities.getOrDefault(line.id(), BigDecimal.ZERO);
            if (quantity == null || quantity.signum() == 0) {
                continue;
            }
            if (quantity.signum() < 0) {
                throw new RuleViolation("lines[" + i + "].quantity", "validation.range");
            }
            if (quantity.compareTo(limit.apply(line)) > 0) {
                throw new RuleViolation("lines[" + i + "].quantity", tooMuch);
            }
            out.put(line.id(), quantity);
        }
        if (out.isEmpty()) {
            throw nothing;
        }
        return out;
    }
}
