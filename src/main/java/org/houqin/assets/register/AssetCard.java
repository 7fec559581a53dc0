package org.houqin.assets.register;

import static org.houqin.assets.AssetStatus.DISPOSED;
import static org.houqin.assets.AssetStatus.IDLE;
import static org.houqin.assets.AssetStatus.IN_USE;
import static org.houqin.assets.AssetStatus.LENT;
import static org.houqin.assets.AssetStatus.PENDING_DISPOSAL;
import static org.houqin.assets.AssetStatus.REPAIRING;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.handover.HandoverKind;
import org.houqin.assets.handover.HandoverRules;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An asset card's state: its status, whether a repair of it is open, and where it is. Each intention-named step
 * checks that the card's status allows it and changes the card; {@link Assets} saves it only where the status and the
 * version are still those it was read with, so two changes at once never both land.
 * <p>
 * A card's open repair is kept apart from its status ({@code underRepair}): a card lent out or awaiting disposal keeps
 * that status while a repair of it runs, and takes 维修中 back only when it comes back with the repair still open.
 */
public final class AssetCard {

    /** What a step did to the card's status, for the audit row. */
    public record Step(String action, AssetStatus from, AssetStatus to) {
    }

    private static final Set<AssetStatus> OPEN_FOR_DISPOSAL = EnumSet.of(IN_USE, IDLE, REPAIRING);

    final long id;
    final int version;
    final AssetStatus readStatus;
    AssetStatus status;
    boolean underRepair;
    LocalDate disposedOn;
    Assets.Whereabouts where;
    String borrower;

    AssetCard(long id, int version, AssetStatus status, boolean underRepair, LocalDate disposedOn,
              Assets.Whereabouts where, String borrower) {
        this.id = id;
        this.version = version;
        this.readStatus = status;
        this.status = status;
        this.underRepair = underRepair;
        this.disposedOn = disposedOn;
        this.where = where;
        this.borrower = borrower;
    }

    /** A repair of the card was reported: in use or idle it shows 维修中; lent or awaiting disposal it keeps its status. */
    public Step reportRepair() {
        AssetStatus from = requireOpen("reportRepair");
        underRepair = true;
        if (status == IN_USE || status == IDLE) {
            status = REPAIRING;
        }
        return new Step("reportRepair", from, status);
    }

    /** A repair ended however it ended; the card is in use again unless another repair of it is still open. */
    public Step endRepair(boolean otherRepairsOpen) {
        AssetStatus from = status;
        underRepair = otherRepairsOpen;
        if (status == REPAIRING && !otherRepairsOpen) {
            status = IN_USE;
        }
        return new Step("endRepair", from, status);
    }

    /** 在用, 闲置 or 维修中 set by a keeper; loans, disposal and stocktakes set the others. */
    public Step setByHand(AssetStatus to) {
        if (!to.settable() || !status.settable()) {
            throw RuleViolation.of("asset.status.notSettable");
        }
        AssetStatus from = status;
        status = to;
        underRepair = to == REPAIRING;
        return new Step("setStatus", from, to);
    }

    /** Asked for disposal: 待报废 until the approval ends. A lent card comes back first. */
    public Step submitForDisposal(String field) {
        if (status == LENT) {
            throw new RuleViolation(field, "handover.asset.lent");
        }
        if (!OPEN_FOR_DISPOSAL.contains(status)) {
            throw new RuleViolation(field, "disposal.asset.closed");
        }
        AssetStatus from = status;
        status = PENDING_DISPOSAL;
        return new Step("submitForDisposal", from, status);
    }

    /** The disposal was approved: off the register from that day. */
    public Step dispose(LocalDate on) {
        require("dispose", PENDING_DISPOSAL);
        status = DISPOSED;
        disposedOn = on;
        return new Step("dispose", PENDING_DISPOSAL, DISPOSED);
    }

    /**
     * The disposal was refused or returned: the card takes back its status from before — but 维修中 only while a repair
     * of it is open, and 维修中 whenever one was reported meanwhile.
     */
    public Step keep(AssetStatus before) {
        require("keep", PENDING_DISPOSAL);
        status = underRepair ? REPAIRING : before == REPAIRING ? IN_USE : before;
        return new Step("keep", PENDING_DISPOSAL, status);
    }

    /** A stocktake found the card missing and its approval wrote it off. */
    public Step writeOffMissing(LocalDate on) {
        AssetStatus from = requireOpen("writeOffMissing");
        status = DISPOSED;
        disposedOn = on;
        return new Step("writeOffMissing", from, status);
    }

    /** A stocktake found the card in another room and its approval moved it there. */
    public Step moveToRoom(long roomId) {
        AssetStatus from = requireOpen("moveToRoom");
        where = new Assets.Whereabouts(roomId, where.departmentId(), where.classId(), where.custodianStaffId());
        return new Step("moveToRoom", from, status);
    }

    /** 领用, 调拨, 借出 or 归还 (see {@link HandoverRules}); a card coming back with a repair open shows 维修中. */
    public Step handOver(HandoverKind kind, Assets.Whereabouts target, String newBorrower, String field) {
        AssetStatus from = status;
        HandoverRules.Outcome outcome = HandoverRules.apply(kind, where, status, target, newBorrower, field);
        where = outcome.whereabouts();
        borrower = outcome.borrower();
        status = outcome.status() == IDLE && underRepair ? REPAIRING : outcome.status();
        return new Step(kind.name(), from, status);
    }

    public boolean open() {
        return status != DISPOSED;
    }

    private AssetStatus requireOpen(String action) {
        if (status == DISPOSED) {
            throw RuleViolation.of("asset.closed");
        }
        return status;
    }

    private void require(String action, AssetStatus expected) {
        if (status != expected) {
            throw RuleViolation.of("asset.status.refused",
                    new DefaultMessageSourceResolvable("asset.status." + status.name()));
        }
    }
}
