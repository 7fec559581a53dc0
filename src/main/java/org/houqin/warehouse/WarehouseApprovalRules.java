package org.houqin.warehouse;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.approval.ApprovalDocumentType;
import org.houqin.approval.Approvals;
import org.houqin.approval.Approvals.StepSpec;
import org.houqin.organization.SchoolCreated;
import org.houqin.warehouse.requisition.Requisitions;
import org.houqin.warehouse.stocktake.Stocktakes;
import org.houqin.warehouse.writeoff.WriteOffs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The warehouse's documents that need approval, and the rules a new school starts with (the admin edits them under
 * 审批规则; existing schools got the same by migration):
 * <ul>
 *   <li>领用 (RQ): below 500 元 the head of the requester's department; from 500 元 also the vice-principal;</li>
 *   <li>盘点差异 (PD) and 报损 (BS): the 后勤主任; from 1000 元 also the vice-principal.</li>
 * </ul>
 * A step nobody else can decide (a head's own requisition, a department without a head) passes to the vice-principal.
 */
@Configuration(proxyBeanMethods = false)
class WarehouseApprovalRules {

    private static final StepSpec DEPARTMENT_HEAD = new StepSpec("DEPARTMENT_HEAD", true, null, "VICE_PRINCIPAL");
    private static final StepSpec DIRECTOR = new StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL");
    private static final StepSpec VICE_PRINCIPAL = new StepSpec("VICE_PRINCIPAL", false, null);

    private final Approvals approvals;

    WarehouseApprovalRules(Approvals approvals) {
        this.approvals = approvals;
    }

    @Bean
    ApprovalDocumentType requisitionDocumentType() {
        return new ApprovalDocumentType(Requisitions.DOCUMENT_TYPE, "requisition.documentType");
    }

    @Bean
    ApprovalDocumentType stocktakeDocumentType() {
        return new ApprovalDocumentType(Stocktakes.DOCUMENT_TYPE, "stocktake.documentType");
    }

    @Bean
    ApprovalDocumentType writeOffDocumentType() {
        return new ApprovalDocumentType(WriteOffs.DOCUMENT_TYPE, "writeOff.documentType");
    }

    @EventListener
    void on(SchoolCreated school) {
        long id = school.schoolId();
        twoLevels(id, Requisitions.DOCUMENT_TYPE, "领用", new BigDecimal("500"), DEPARTMENT_HEAD);
        twoLevels(id, Stocktakes.DOCUMENT_TYPE, "盘点差异", new BigDecimal("1000"), DIRECTOR);
        twoLevels(id, WriteOffs.DOCUMENT_TYPE, "报损", new BigDecimal("1000"), DIRECTOR);
    }

    /** Below the threshold the first step alone; from it, the first step and then the vice-principal. */
    private void twoLevels(long schoolId, String type, String name, BigDecimal threshold, StepSpec first) {
        String amount = threshold.toPlainString() + " 元";
        approvals.addRule(schoolId, type, name + " " + amount + "以下", null, threshold, null, 10, List.of(first));
        approvals.addRule(schoolId, type, name + " " + amount + "及以上", threshold, null, null, 20,
                List.of(first, VICE_PRINCIPAL));
    }
}
