package org.houqin.warehouse;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.approval.Approvals.StepSpec;
import org.houqin.approval.DefaultApprovalRules;
import org.houqin.platform.document.DocumentType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The warehouse's numbered documents, and the approval rules a school starts with for those that need approval (the
 * admin edits them under 审批规则):
 * <ul>
 *   <li>领用 (RQ): below 500 元 the head of the requester's department; from 500 元 also the vice-principal;</li>
 *   <li>盘点差异 (PD) and 报损 (BS): the 后勤主任; from 1000 元 also the vice-principal.</li>
 * </ul>
 * A step nobody else can decide (a head's own requisition, a department without a head) passes to the vice-principal.
 */
@Configuration(proxyBeanMethods = false)
public class WarehouseDocuments {

    public static final DocumentType RECEIPT = DocumentType.numbered("RK", "receipt.title", "/warehouse/receipts");
    public static final DocumentType REQUISITION = DocumentType.approvable("RQ", "requisition.documentType",
            "/warehouse/requisitions");
    public static final DocumentType DISTRIBUTION = DocumentType.numbered("FF", "distribution.title",
            "/warehouse/distributions");
    public static final DocumentType TRANSFER = DocumentType.numbered("DB", "transfer.title", "/warehouse/transfers");
    public static final DocumentType WRITE_OFF = DocumentType.approvable("BS", "writeOff.documentType",
            "/warehouse/write-offs");
    public static final DocumentType STOCKTAKE = DocumentType.approvable("PD", "stocktake.documentType",
            "/warehouse/stocktakes");

    private static final StepSpec DEPARTMENT_HEAD = new StepSpec("DEPARTMENT_HEAD", true, null, "VICE_PRINCIPAL");
    private static final StepSpec DIRECTOR = new StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL");
    private static final StepSpec VICE_PRINCIPAL = new StepSpec("VICE_PRINCIPAL", false, null);

    @Bean
    DefaultApprovalRules warehouseApprovalRules() {
        BigDecimal thousand = new BigDecimal("1000");
        return DefaultApprovalRules.builder()
                .byAmount(REQUISITION.code(), "领用", 1, List.of(DEPARTMENT_HEAD, VICE_PRINCIPAL), new BigDecimal("500"))
                .byAmount(STOCKTAKE.code(), "盘点差异", 1, List.of(DIRECTOR, VICE_PRINCIPAL), thousand)
                .byAmount(WRITE_OFF.code(), "报损", 1, List.of(DIRECTOR, VICE_PRINCIPAL), thousand)
                .build();
    }

    @Bean
    DocumentType receiptType() {
        return RECEIPT;
    }

    @Bean
    DocumentType requisitionType() {
        return REQUISITION;
    }

    @Bean
    DocumentType distributionType() {
        return DISTRIBUTION;
    }

    @Bean
    DocumentType transferType() {
        return TRANSFER;
    }

    @Bean
    DocumentType writeOffType() {
        return WRITE_OFF;
    }

    @Bean
    DocumentType stocktakeType() {
        return STOCKTAKE;
    }
}
