package org.houqin.assets;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.approval.Approvals.StepSpec;
import org.houqin.approval.DefaultApprovalRules;
import org.houqin.platform.document.DocumentType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The asset register's numbered records and documents, and the approval rules a school starts with for those that need
 * approval (the admin edits them under 审批规则): 资产处置 (CZ) by original value — the 后勤主任 below 1 万元, with the
 * vice-principal from 1 万元, and the principal too from 10 万元; 清查差异 (ZCPD) the 后勤主任 and the vice-principal, and
 * the principal too from 1 万元.
 */
@Configuration(proxyBeanMethods = false)
public class AssetDocuments {

    public static final DocumentType CARD = DocumentType.numbered("ZC", "asset.documentType", "/assets");
    public static final DocumentType HANDOVER = DocumentType.numbered("JJ", "handover.documentType", "/assets/handovers");
    public static final DocumentType DISPOSAL = DocumentType.approvable("CZ", "disposal.documentType",
            "/assets/disposals");
    public static final DocumentType STOCKTAKE = DocumentType.approvable("ZCPD", "assetStocktake.documentType",
            "/assets/stocktakes");
    public static final DocumentType COMPENSATION = DocumentType.numbered("PC", "compensation.documentType",
            "/assets/compensations");

    private static final StepSpec DIRECTOR = new StepSpec("DIRECTOR", false, null, "VICE_PRINCIPAL");
    private static final StepSpec VICE_PRINCIPAL = new StepSpec("VICE_PRINCIPAL", false, null);
    private static final StepSpec PRINCIPAL = new StepSpec("PRINCIPAL", false, null);

    @Bean
    DefaultApprovalRules assetApprovalRules() {
        BigDecimal tenThousand = new BigDecimal("10000");
        return DefaultApprovalRules.builder()
                .byAmount(DISPOSAL.code(), "资产处置", 1, List.of(DIRECTOR, VICE_PRINCIPAL, PRINCIPAL), tenThousand,
                        new BigDecimal("100000"))
                .byAmount(STOCKTAKE.code(), "清查差异", 2, List.of(DIRECTOR, VICE_PRINCIPAL, PRINCIPAL), tenThousand)
                .build();
    }

    @Bean
    DocumentType assetCardType() {
        return CARD;
    }

    @Bean
    DocumentType assetHandoverType() {
        return HANDOVER;
    }

    @Bean
    DocumentType assetDisposalType() {
        return DISPOSAL;
    }

    @Bean
    DocumentType assetStocktakeType() {
        return STOCKTAKE;
    }

    @Bean
    DocumentType assetCompensationType() {
        return COMPENSATION;
    }
}
