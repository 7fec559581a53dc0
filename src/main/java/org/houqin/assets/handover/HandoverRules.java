package org.houqin.assets.handover;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.register.Whereabouts;
import org.houqin.platform.web.RuleViolation;

/**
 * What a handover does to one card. 领用 and 调拨 change what the form names and keep the rest (moving 40 desks to
 * another room keeps their department); an idle card goes into use. 借出 marks the card lent to the borrower where it
 * was. 归还 takes it back from its custodian, class and borrower, into the room named if any, and leaves it idle. A
 * card awaiting disposal or disposed is not handed over; a lent card is returned before it moves again.
 */
public final class HandoverRules {

    public record Outcome(Whereabouts whereabouts, AssetStatus status, String borrower) {
    }

    private HandoverRules() {
    }

    public static Outcome apply(HandoverKind kind, Whereabouts now, AssetStatus status, Whereabouts target,
                                String borrower, String field) {
        if (status == AssetStatus.DISPOSED || status == AssetStatus.PENDING_DISPOSAL) {
            throw new RuleViolation(field, "handover.asset.closed");
        }
        return switch (kind) {
            case ASSIGN, TRANSFER -> {
                if (status == AssetStatus.LENT) {
                    throw new RuleViolation(field, "handover.asset.lent");
                }
                yield new Outcome(new Whereabouts(
                        target.roomId() != null ? target.roomId() : now.roomId(),
                        target.departmentId() != null ? target.departmentId() : now.departmentId(),
                        target.classId() != null ? target.classId() : now.classId(),
                        target.custodianStaffId() != null ? target.custodianStaffId() : now.custodianStaffId()),
                        status == AssetStatus.IDLE ? AssetStatus.IN_USE : status, null);
            }
            case LOAN -> {
                if (status == AssetStatus.LENT) {
                    throw new RuleViolation(field, "handover.asset.lent");
                }
                if (status == AssetStatus.REPAIRING) {
                    throw new RuleViolation(field, "handover.asset.repairing");
                }
                yield new Outcome(now, AssetStatus.LENT, borrower);
            }
            case RETURN -> new Outcome(new Whereabouts(target.roomId() != null ? target.roomId() : now.roomId(),
                    now.departmentId(), null, null),
                    status == AssetStatus.REPAIRING ? AssetStatus.REPAIRING : AssetStatus.IDLE, null);
        };
    }

    /** The form names somewhere to go for 领用 and 调拨, and a borrower for 借出. */
    public static void checkTarget(HandoverKind kind, Whereabouts target, String borrower) {
        boolean named = target.roomId() != null || target.departmentId() != null || target.classId() != null
                || target.custodianStaffId() != null;
        if ((kind == HandoverKind.ASSIGN || kind == HandoverKind.TRANSFER) && !named) {
            throw new RuleViolation("roomId", "handover.target.required");
        }
        if (kind == HandoverKind.LOAN && (borrower == null || borrower.isBlank())) {
            throw new RuleViolation("borrower", "handover.borrower.required");
        }
    }
}
