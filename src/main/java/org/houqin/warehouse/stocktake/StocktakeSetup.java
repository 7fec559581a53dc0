package org.houqin.warehouse.stocktake;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.approval.ApprovalDocumentType;
import org.houqin.approval.Approvals;
import org.houqin.organization.SchoolCreated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Stocktake differences as a document type of the approval module, and a new school's rules: the 后勤主任 approves,
 * from 1000 元 of difference also the vice-principal in charge.
 */
@Configuration(proxyBeanMethods = false)
class StocktakeSetup {

    static final BigDecimal THRESHOLD = new BigDecimal("1000");

    private final Approvals approvals;

    StocktakeSetup(Approvals approvals) {
        this.approvals = approvals;
    }

    @Bean
    ApprovalDocumentType stocktakeDocumentType() {
        return new ApprovalDocumentType(Stocktakes.DOCUMENT_TYPE, "stocktake.documentType");
    }

    @EventListener
    void on(SchoolCreated school) {
        approvals.addRule(school.schoolId(), Stocktakes.DOCUMENT_TYPE, "盘点差异 1000 元以下", null, THRESHOLD, null, 10,
                List.of(new Approvals.StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL")));
        approvals.addRule(school.schoolId(), Stocktakes.DOCUMENT_TYPE, "盘点差异 1000 元及以上", THRESHOLD, null, null, 20,
                List.of(new Approvals.StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL"),
                        new Approvals.StepSpec("VICE_PRINCIPAL", false, null)));
    }
}
