package org.houqin.assets;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.approval.ApprovalDocumentType;
import org.houqin.approval.Approvals;
import org.houqin.approval.Approvals.StepSpec;
import org.houqin.assets.disposal.AssetDisposals;
import org.houqin.assets.stocktake.AssetStocktakes;
import org.houqin.organization.SchoolCreated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The assets module's documents that need approval, and the rules a new school starts with (existing schools got the
 * same by migration; the admin edits them under 审批规则): 资产处置 (CZ) by original value — the 后勤主任 below
 * 1 万元, with the vice-principal from 1 万元, and the principal too from 10 万元; 清查差异 (ZCPD) the 后勤主任 and the
 * vice-principal, and the principal too from 1 万元.
 */
@Configuration(proxyBeanMethods = false)
class AssetApprovalRules {

    private static final StepSpec DIRECTOR = new StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL");
    private static final StepSpec VICE_PRINCIPAL = new StepSpec("VICE_PRINCIPAL", false, null);
    private static final StepSpec PRINCIPAL = new StepSpec("PRINCIPAL", false, null);

    private final Approvals approvals;

    AssetApprovalRules(Approvals approvals) {
        this.approvals = approvals;
    }

    @Bean
    ApprovalDocumentType disposalDocumentType() {
        return new ApprovalDocumentType(AssetDisposals.DOCUMENT_TYPE, "disposal.documentType");
    }

    @Bean
    ApprovalDocumentType stocktakeDifferenceDocumentType() {
        return new ApprovalDocumentType(AssetStocktakes.DOCUMENT_TYPE, "assetStocktake.documentType");
    }

    @EventListener
    void on(SchoolCreated school) {
        long id = school.schoolId();
        BigDecimal tenThousand = new BigDecimal("10000");
        BigDecimal hundredThousand = new BigDecimal("100000");
        String type = AssetDisposals.DOCUMENT_TYPE;
        approvals.addRule(id, type, "资产处置 1 万元以下", null, tenThousand, null, 10, List.of(DIRECTOR));
        approvals.addRule(id, type, "资产处置 1 万至 10 万元", tenThousand, hundredThousand, null, 20,
                List.of(DIRECTOR, VICE_PRINCIPAL));
        approvals.addRule(id, type, "资产处置 10 万元及以上", hundredThousand, null, null, 30,
                List.of(DIRECTOR, VICE_PRINCIPAL, PRINCIPAL));
        String differences = AssetStocktakes.DOCUMENT_TYPE;
        approvals.addRule(id, differences, "清查差异 1 万元以下", null, tenThousand, null, 10,
                List.of(DIRECTOR, VICE_PRINCIPAL));
        approvals.addRule(id, differences, "清查差异 1 万元及以上", tenThousand, null, null, 20,
                List.of(DIRECTOR, VICE_PRINCIPAL, PRINCIPAL));
    }
}
