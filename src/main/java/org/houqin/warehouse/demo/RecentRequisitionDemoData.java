package org.houqin.warehouse.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.houqin.approval.Approvals;
import org.houqin.approval.Decision;
import org.houqin.iam.IamApi;
import org.houqin.platform.demo.DemoSignatures;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.requisition.IssueForm;
import org.houqin.warehouse.requisition.RequisitionForm;
import org.houqin.warehouse.requisition.RequisitionIssues;
import org.houqin.warehouse.requisition.RequisitionLineRow;
import org.houqin.warehouse.requisition.RequisitionStatus;
import org.houqin.warehouse.requisition.Requisitions;
import org.springframework.stereotype.Component;

/**
 * The demo's last days of requisitions, one in every state, made the way users make them: submitted, decided in
 * the approval inbox, issued with a signature, returned, rejected, withdrawn, closed.
 */
@Component
class RecentRequisitionDemoData {

    private final Requisitions requisitions;
    private final Approvals approvals;
    private final Catalogue catalogue;
    private final IamApi iam;
    private final SchoolClock clock;

    private final RequisitionIssues issues;

    RecentRequisitionDemoData(Requisitions requisitions, Approvals approvals, Catalogue catalogue, IamApi iam,
                              SchoolClock clock, RequisitionIssues issues) {
        this.issues = issues;
        this.requisitions = requisitions;
        this.approvals = approvals;
        this.catalogue = catalogue;
        this.iam = iam;
        this.clock = clock;
    }

    void load(long school, LocalDate today) {
        // waiting for the head of the grade group
        request(school, "teacher", "初一（5）班单元测验印卷", "PRINT", "BG-001", "2");
        // from 500 元 the vice-principal decides too; the head of 教务处 cannot approve his own, so she decides once
        request(school, "head", "期末考试印卷", "PRINT", "BG-001", "25");

        long returned = request(school, "teacher", "班级布置", "MAIN", "BG-005", "20");
        decide(school, "leader", returned, Decision.RETURN, "上月刚领过 10 支，请写明这次的用途和数量");

        long approved = request(school, "teacher", "学生成长档案整理", "MAIN", "BG-007", "5", "BG-003", "10");
        decide(school, "leader", approved, Decision.APPROVE, "同意");

        long partial = request(school, "leader", "年级组办公室", "MAIN", "BG-003", "30", "BG-004", "6");
        decideAll(school, partial, Decision.APPROVE, "同意");
        issue(school, partial, "黄志远", "30", "0");

        long issued = request(school, "canteen", "后厨清洁消毒", "MAIN", "QJ-001", "6", "QJ-004", "4");
        decideAll(school, issued, Decision.APPROVE, "同意");
        issue(school, issued, "赵春梅", "6", "4");

        long rejected = request(school, "guard", "门卫室保洁", "MAIN", "QJ-002", "5");
        decideAll(school, rejected, Decision.REJECT, "门卫室上月已领 2 把拖把，坏了请先报修");

        long withdrawn = request(school, "teacher", "装订试卷", "MAIN", "BG-008", "2");
        requisitions.withdraw(school, user(school, "teacher"), withdrawn, version(school, withdrawn));

        long closed = request(school, "finance", "财务室打印机", "PRINT", "DJ-002", "2");
        decideAll(school, closed, Decision.APPROVE, "同意");
        issue(school, closed, "吴静怡", "1");
        issues.close(school, user(school, "storekeeper"), closed, version(school, closed),
                "另一台打印机已报废，不再需要");
    }

    private long request(long school, String username, String purpose, String store, String... itemAndQuantity) {
        RequisitionForm form = new RequisitionForm();
        form.setStoreId(DemoCodes.store(catalogue, school, store));
        form.setPurpose(purpose);
        // the demo's people saw the warning where a line is above the store's stock, and asked anyway
        form.setShortageAccepted(true);
        for (int i = 0; i < itemAndQuantity.length; i += 2) {
            RequisitionForm.Line line = new RequisitionForm.Line();
            line.setItemId(DemoCodes.item(catalogue, school, itemAndQuantity[i]));
            line.setQuantity(new BigDecimal(itemAndQuantity[i + 1]));
            form.getLines().add(line);
        }
        return requisitions.create(school, user(school, username), form);
    }

    private void decide(long school, String username, long requisition, Decision decision, String comment) {
        CurrentUser approver = user(school, username);
        Approvals.Waiting waiting = approvals.panel(school, approver, WarehouseDocuments.REQUISITION.code(), requisition).mine()
                .orElseThrow(() -> new IllegalStateException(username + " cannot decide requisition " + requisition));
        approvals.decide(school, approver, waiting.requestId(), waiting.version(), decision, comment);
    }

    /**
     * Whoever may decide each step in turn decides it: the head of the department, or the vice-principal when the
     * department has no head (or it is the head's own).
     */
    private void decideAll(long school, long requisition, Decision decision, String comment) {
        for (String username : List.of("leader", "head", "vice", "principal", "vice")) {
            if (!waiting(school, requisition)) {
                break;
            }
            CurrentUser approver = user(school, username);
            approvals.panel(school, approver, WarehouseDocuments.REQUISITION.code(), requisition).mine().ifPresent(waiting ->
                    approvals.decide(school, approver, waiting.requestId(), waiting.version(), decision, comment));
        }
        if (waiting(school, requisition)) {
            throw new IllegalStateException("Nobody in the demo could decide requisition " + requisition);
        }
    }

    private void issue(long school, long requisition, String receiver, String... quantities) {
        IssueForm form = new IssueForm();
        form.setIssuedOn(clock.today());
        form.setReceiverName(receiver);
        form.setSignature(DemoSignatures.drawn(receiver.hashCode()));
        form.setVersion(version(school, requisition));
        List<RequisitionLineRow> lines = requisitions.lines(school, requisition);
        for (int i = 0; i < quantities.length; i++) {
            IssueForm.Line line = new IssueForm.Line();
            line.setLineId(lines.get(i).id());
            line.setQuantity(new BigDecimal(quantities[i]));
            form.getLines().add(line);
        }
        issues.issue(school, user(school, "storekeeper"), requisition, form);
    }

    /** Whether the requisition still waits for a decision. */
    private boolean waiting(long school, long requisition) {
        return requisitions.find(school, requisition).status() == RequisitionStatus.SUBMITTED;
    }

    private int version(long school, long requisition) {
        return requisitions.find(school, requisition).version();
    }

    private CurrentUser user(long school, String username) {
        return iam.actingAs(school, username);
    }
}
