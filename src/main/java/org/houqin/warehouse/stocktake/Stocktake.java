package org.houqin.warehouse.stocktake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.houqin.platform.web.RuleViolation;

/**
 * The life of a 盘点: counted (and recounted when returned), submitted — posted at once when every count matches the
 * book, else sent for approval — then posted, or rejected; a count may be cancelled before it is submitted.
 */
final class Stocktake {

    /** A line as the rules see it: the book quantity when the count started, the count, the unit cost then. */
    record Line(long id, BigDecimal book, BigDecimal counted, BigDecimal unitCost) {

        /** 盘盈 (positive) or 盘亏 (negative); zero when uncounted. */
        BigDecimal difference() {
            return counted == null ? BigDecimal.ZERO : counted.subtract(book);
        }

        BigDecimal value() {
            return difference().multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** The value found over the book and the value missing, both as positive amounts. */
    record Differences(BigDecimal gain, BigDecimal loss) {

        BigDecimal total() {
            return gain.add(loss);
        }

        boolean none() {
            return gain.signum() == 0 && loss.signum() == 0;
        }
    }

    final long id;
    final int version;
    StocktakeStatus status;
    final List<Line> lines;

    Stocktake(long id, StocktakeStatus status, int version, List<Line> lines) {
        this.id = id;
        this.status = status;
        this.version = version;
        this.lines = List.copyOf(lines);
    }

    void count() {
        require(StocktakeStatus.COUNTING, StocktakeStatus.RETURNED);
    }

    /**
     * Every line must be counted. Without any difference the count is posted at once (there is nothing to adjust);
     * otherwise it waits for approval.
     */
    Differences submit() {
        require(StocktakeStatus.COUNTING, StocktakeStatus.RETURNED);
        long uncounted = lines.stream().filter(line -> line.counted() == null).count();
        if (uncounted > 0) {
            throw RuleViolation.of("stocktake.uncounted", uncounted);
        }
        Differences differences = differences(lines);
        status = differences.none() && lines.stream().allMatch(l -> l.difference().signum() == 0)
                ? StocktakeStatus.POSTED : StocktakeStatus.SUBMITTED;
        return differences;
    }

    void decided(String outcome) {
        require(StocktakeStatus.SUBMITTED);
        status = switch (outcome) {
            case "APPROVED" -> StocktakeStatus.POSTED;
            case "RETURNED" -> StocktakeStatus.RETURNED;
            case "REJECTED" -> StocktakeStatus.REJECTED;
            default -> throw new IllegalArgumentException(outcome);
        };
    }

    void cancel() {
        require(StocktakeStatus.COUNTING, StocktakeStatus.RETURNED);
        status = StocktakeStatus.CANCELLED;
    }

    static Differences differences(List<Line> lines) {
        BigDecimal gain = BigDecimal.ZERO;
        BigDecimal loss = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal value = line.value();
            if (value.signum() > 0) {
                gain = gain.add(value);
            } else {
                loss = loss.add(value.negate());
            }
        }
        return new Differences(gain, loss);
    }

    private void require(StocktakeStatus... allowed) {
        for (StocktakeStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RuleViolation.of("stocktake.state." + status.name().toLowerCase(Locale.ROOT));
    }
}
