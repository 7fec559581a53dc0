package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.approval.ApprovalDocumentType;
import org.houqin.approval.Approvals;
import org.houqin.organization.SchoolCreated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Requisitions as a document type of the approval module, and the rules a new school starts with: below 500 元 the
 * head of the requester's department, from 500 元 also the vice-principal in charge (the admin edits them).
 */
@Configuration(proxyBeanMethods = false)
class RequisitionSetup {

    static final BigDecimal THRESHOLD = new BigDecimal("500");

    private final Approvals approvals;

    RequisitionSetup(Approvals approvals) {
        this.approvals = approvals;
    }

    @Bean
    ApprovalDocumentType requisitionDocumentType() {
        return new ApprovalDocumentType(Requisitions.DOCUMENT_TYPE, "requisition.documentType");
    }

    @EventListener
    void on(SchoolCreated school) {
        approvals.addRule(school.schoolId(), Requisitions.DOCUMENT_TYPE, "领用 500 元以下", null, THRESHOLD, null, 10,
                List.of(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null, "VICE_PRINCIPAL")));
        approvals.addRule(school.schoolId(), Requisitions.DOCUMENT_TYPE, "领用 500 元及以上", THRESHOLD, null, null, 20,
                List.of(new Approvals.StepSpec("DEPARTMENT_HEAD", true, null, "VICE_PRINCIPAL"),
                        new Approvals.StepSpec("VICE_PRINCIPAL", false, null)));
    }
}
