package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.platform.web.RuleViolation;

/**
 * The life of a 领用申请: submitted for approval; returned for changes (edited and submitted again), rejected or
 * withdrawn; once approved it is read-only and the storekeeper issues it, all at once or in parts, or closes what
 * is left. Each step refuses a document in the wrong state and changes nothing.
 */
final class Requisition {

    /** A line as far as the rules care: how much was asked for and how much has left the store. */
    record Line(long id, BigDecimal quantity, BigDecimal issued) {

        BigDecimal remaining() {
            return quantity.subtract(issued);
        }
    }

    private static final Set<RequisitionStatus> ISSUABLE = Set.of(RequisitionStatus.APPROVED, RequisitionStatus.PARTIAL);

    final long id;
    final long requesterUserId;
    final int version;
    RequisitionStatus status;
    final List<Line> lines;

    Requisition(long id, RequisitionStatus status, long requesterUserId, int version, List<Line> lines) {
        this.id = id;
        this.status = status;
        this.requesterUserId = requesterUserId;
        this.version = version;
        this.lines = List.copyOf(lines);
    }

    /** The approval came to its end. */
    void decided(String outcome) {
        require(RequisitionStatus.SUBMITTED);
        status = switch (outcome) {
            case "APPROVED" -> RequisitionStatus.APPROVED;
            case "REJECTED" -> RequisitionStatus.REJECTED;
            case "RETURNED" -> RequisitionStatus.RETURNED;
            default -> throw new IllegalArgumentException(outcome);
        };
    }

    /** The requester takes it back while it waits for approval or for their changes. */
    void withdraw(long userId) {
        requireRequester(userId);
        require(RequisitionStatus.SUBMITTED, RequisitionStatus.RETURNED);
        status = RequisitionStatus.WITHDRAWN;
    }

    /** The requester changed a returned requisition and sends it again. */
    void resubmit(long userId) {
        requireRequester(userId);
        require(RequisitionStatus.RETURNED);
        status = RequisitionStatus.SUBMITTED;
    }

    /**
     * Hands over goods: for each line id a quantity, none above what is left on its line, at least one above zero.
     * Returns the quantities to take out of stock, by line id, in line order.
     */
    Map<Long, BigDecimal> issue(Map<Long, BigDecimal> quantities) {
        require(ISSUABLE.toArray(RequisitionStatus[]::new));
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal quantity = quantities.getOrDefault(line.id(), BigDecimal.ZERO);
            if (quantity == null || quantity.signum() == 0) {
                continue;
            }
            if (quantity.signum() < 0) {
                throw new RuleViolation("lines[" + i + "].quantity", "validation.positive");
            }
            if (quantity.compareTo(line.remaining()) > 0) {
                throw new RuleViolation("lines[" + i + "].quantity", "requisition.issue.tooMuch");
            }
            out.put(line.id(), quantity);
        }
        if (out.isEmpty()) {
            throw new RuleViolation("lines[0].quantity", "requisition.issue.nothing");
        }
        boolean complete = lines.stream()
                .allMatch(line -> line.remaining().compareTo(out.getOrDefault(line.id(), BigDecimal.ZERO)) == 0);
        status = complete ? RequisitionStatus.ISSUED : RequisitionStatus.PARTIAL;
        return out;
    }

    /** The storekeeper ends it with what has been issued (the rest is not available or no longer needed). */
    void close() {
        require(ISSUABLE.toArray(RequisitionStatus[]::new));
        status = RequisitionStatus.CLOSED;
    }

    private void require(RequisitionStatus... allowed) {
        for (RequisitionStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RuleViolation.of("requisition.state." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void requireRequester(long userId) {
        if (userId != requesterUserId) {
            throw RuleViolation.of("requisition.notYours");
        }
    }
}
