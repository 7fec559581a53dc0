package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.WarehousePermissions;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's books at the store: handed over through the stock ledger with the receiver's signature (the class
 * teacher's by default), in part with the reason when the store is short; surplus copies taken back into stock at
 * the cost they left with. Each runs in one transaction: refused at the field, nothing is written.
 */
@Service
public class Handovers {

    /** A class of a started plan: its head count and teacher of the day the plan started, and where it stands. */
    public record ClassRow(long id, long distributionId, long classId, long gradeId, String gradeName,
                           String className, int headCount, String teacherName, ClassStatus status, int version,
                           LocalDate issuedOn, String shortageReason) {
    }

    /** A line of a class's list, with what the store holds of the item now. */
    public record ClassLineRow(long id, long itemId, String code, String name, String specification, String unit,
                               BigDecimal perStudent, BigDecimal extraPerClass, BigDecimal required,
                               BigDecimal issued, BigDecimal returned, BigDecimal available) {

        public BigDecimal remaining() {
            return required.subtract(issued);
        }

        public BigDecimal returnable() {
            return issued.subtract(returned);
        }
    }

    record HandoverRow(long id, LocalDate issuedOn, String issuedByName, String receiverName, UUID signatureId,
                       String shortageReason, Instant createdAt) {
    }

    record ReturnRow(long id, LocalDate returnedOn, String returnedByName, String receivedByName, String reason,
                     Instant createdAt) {
    }

    /** A quantity of a hand-over or a return (by its id), with the item and the value it moved at. */
    record MovedLine(long documentId, String name, String specification, String unit, BigDecimal quantity,
                     BigDecimal amount) {
    }

    private final PlanStore plans;
    private final ClassListStore classes;
    private final StockLedger ledger;
    private final Attachments attachments;
    private final Notifications notifications;
    private final IamApi iam;
    private final AuditLog audit;
    private final SchoolClock clock;

    Handovers(PlanStore plans, ClassListStore classes, StockLedger ledger, Attachments attachments,
              Notifications notifications, IamApi iam, AuditLog audit, SchoolClock clock) {
        this.plans = plans;
        this.classes = classes;
        this.ledger = ledger;
        this.attachments = attachments;
        this.notifications = notifications;
        this.iam = iam;
        this.audit = audit;
        this.clock = clock;
    }

    /** Hands a class its books now; returns the hand-over's id. */
    @Transactional
    public long handOver(long schoolId, CurrentUser me, long planId, long classRowId, HandoverForm form) {
        Opened opened = open(schoolId, planId, classRowId, form.getVersion());
        Distributions.Plan plan = opened.plan();
        ClassRow row = opened.row();
        ClassIssue issue = opened.issue();
        if (form.getIssuedOn().isAfter(today())) {
            throw new RuleViolation("issuedOn", "distribution.issue.future");
        }
        Map<Long, BigDecimal> quantities = issue.issue(ClassLineQuantity.byLine(form.getLines()),
                form.getShortageReason());
        var signature = attachments.storeSignature(schoolId, "distribution", classRowId, "signature", form.getSignature());
        String shortage = issue.status == ClassStatus.SHORT ? form.getShortageReason() : null;
        long handover = classes.insertHandover(schoolId, classRowId, form.getIssuedOn(), form.getReceiverName(),
                me.userId(), me.displayName(), signature.id(), shortage);
        List<ClassLineRow> lines = classes.lines(schoolId, classRowId, plan.storeId());
        String note = row.className() + " " + form.getReceiverName();
        for (int i : inItemOrder(lines)) {
            ClassLineRow line = lines.get(i);
            BigDecimal quantity = quantities.get(line.id());
            if (quantity == null) {
                continue;
            }
            long movement;
            try {
                movement = ledger.stockOut(schoolId, MovementKind.ISSUE, new StockLedger.Line(line.itemId(),
                        plan.storeId(), quantity, BigDecimal.ZERO, form.getIssuedOn(), WarehouseDocuments.DISTRIBUTION.code(),
                        planId, plan.number(), note));
            } catch (RuleViolation e) {
                if ("stock.insufficient".equals(e.messageKey())) {
                    throw new RuleViolation("lines[" + i + "].quantity", "distribution.issue.insufficient");
                }
                throw e;
            }
            classes.insertHandoverLine(schoolId, handover, line.id(), quantity, movement);
        }
        save(schoolId, issue);
        Map<String, Object> after = new HashMap<>();
        after.put("status", issue.status.name());
        after.put("handover", handover);
        after.put("receiver", form.getReceiverName());
        after.put("quantities", quantities);
        after.put("shortageReason", shortage);
        audit.changedIn(schoolId, "warehouse", "distribution_class", classRowId, "ISSUE", null, after);
        if (shortage != null) {
            tellKeepers(schoolId, me, plan, row, shortage);
        }
        return handover;
    }

    /** Takes surplus copies back into the store at the cost they left with; returns the return's id. */
    @Transactional
    public long takeBack(long schoolId, CurrentUser me, long planId, long classRowId, ReturnForm form) {
        Opened opened = open(schoolId, planId, classRowId, form.getVersion());
        Distributions.Plan plan = opened.plan();
        ClassRow row = opened.row();
        ClassIssue issue = opened.issue();
        Map<Long, BigDecimal> quantities = issue.giveBack(ClassLineQuantity.byLine(form.getLines()));
        if (form.getReturnedOn().isAfter(today())) {
            throw new RuleViolation("returnedOn", "distribution.return.future");
        }
        LocalDate first = classes.firstIssuedOn(schoolId, classRowId).orElse(form.getReturnedOn());
        if (form.getReturnedOn().isBefore(first)) {
            throw new RuleViolation("returnedOn", "distribution.return.beforeIssue", first);
        }
        long returned = classes.insertReturn(schoolId, classRowId, form.getReturnedOn(), form.getReturnedBy(),
                form.getReason(), me.userId(), me.displayName());
        String note = abbreviate(row.className() + " 退回：" + form.getReason(), 200);
        for (ClassLineRow line : classes.lines(schoolId, classRowId, plan.storeId())) {
            BigDecimal quantity = quantities.get(line.id());
            if (quantity == null) {
                continue;
            }
            long movement = ledger.stockIn(schoolId, MovementKind.RECEIPT, new StockLedger.Line(line.itemId(),
                    plan.storeId(), quantity, classes.issuedUnitCost(schoolId, line.id()), form.getReturnedOn(),
                    WarehouseDocuments.DISTRIBUTION.code(), planId, plan.number(), note));
            classes.insertReturnLine(schoolId, returned, line.id(), quantity, movement);
        }
        save(schoolId, issue);
        audit.changedIn(schoolId, "warehouse", "distribution_class", classRowId, "RETURN_STOCK", null,
                Map.of("return", returned, "returnedBy", form.getReturnedBy(), "reason", form.getReason(),
                        "quantities", quantities));
        return returned;
    }

    /** The classes of a plan in grade and class order, all or those of one grade. */
    @Transactional(readOnly = true)
    public List<ClassRow> classes(long schoolId, long planId, Long gradeId) {
        return classes.classes(schoolId, planId, gradeId);
    }

    @Transactional(readOnly = true)
    public ClassRow classRow(long schoolId, long planId, long classRowId) {
        return classes.find(schoolId, planId, classRowId)
                .orElseThrow(() -> new NotFoundException("distribution class", classRowId));
    }

    /** A class's list with what the store holds of each item now. */
    @Transactional(readOnly = true)
    public List<ClassLineRow> lines(long schoolId, long classRowId, long storeId) {
        return classes.lines(schoolId, classRowId, storeId);
    }

    /** The class's hand-overs, oldest first. */
    @Transactional(readOnly = true)
    List<HandoverRow> handovers(long schoolId, long classRowId) {
        return classes.handovers(schoolId, classRowId);
    }

    @Transactional(readOnly = true)
    List<MovedLine> handedLines(long schoolId, long classRowId) {
        return classes.handedLines(schoolId, classRowId);
    }

    /** What the class brought back, oldest first. */
    @Transactional(readOnly = true)
    List<ReturnRow> returns(long schoolId, long classRowId) {
        return classes.returns(schoolId, classRowId);
    }

    @Transactional(readOnly = true)
    List<MovedLine> returnedLines(long schoolId, long classRowId) {
        return classes.returnedLines(schoolId, classRowId);
    }

    /** The others who run the store hear of a shortage, so that more can be bought. */
    private void tellKeepers(long schoolId, CurrentUser me, Distributions.Plan plan, ClassRow row,
                             String reason) {
        List<Long> keepers = iam.usersWithPermission(schoolId, WarehousePermissions.DISTRIBUTION_WRITE).stream()
                .map(IamApi.UserRef::id).filter(id -> id != me.userId()).toList();
        notifications.notify(schoolId, keepers, "distribution.notify.shortage",
                List.of(plan.number(), row.className(), reason), link(plan.id(), row.id()));
    }

    static String link(long planId, long classRowId) {
        return "/warehouse/distributions/" + planId + "/classes/" + classRowId;
    }

    /** Line indexes by item, so that two hand-overs at once lock the items' balances in the same order. */
    private static List<Integer> inItemOrder(List<ClassLineRow> lines) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> lines.get(i).itemId()));
        return order;
    }

    /** A plan, one of its classes and that class's list, for a change. */
    private record Opened(Distributions.Plan plan, ClassRow row, ClassIssue issue) {
    }

    /**
     * The plan (shared lock: it must stay issuing until this commits) and the class (its row locked, as read at
     * {@code version}).
     */
    private Opened open(long schoolId, long planId, long classRowId, int version) {
        Distributions.Plan plan = plans.find(schoolId, planId).orElseThrow(() -> new NotFoundException("distribution", planId));
        plans.lockShared(schoolId, planId).orElseThrow().requireIssuing();
        ClassIssue issue = classes.lock(schoolId, planId, classRowId)
                .orElseThrow(() -> new NotFoundException("distribution class", classRowId));
        if (issue.version != version) {
            throw new OptimisticLockingFailureException("distribution class " + classRowId + " changed");
        }
        return new Opened(plan, classes.find(schoolId, planId, classRowId).orElseThrow(), issue);
    }

    private void save(long schoolId, ClassIssue issue) {
        if (!classes.save(schoolId, issue)) {
            throw new OptimisticLockingFailureException("distribution class " + issue.id + " changed");
        }
    }

    private LocalDate today() {
        return clock.today();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
