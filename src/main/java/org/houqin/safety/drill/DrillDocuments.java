package org.houqin.safety.drill;

import org.houqin.platform.document.DocumentType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 演练记录 ({@code YL-2026-00001}): numbered, needs no approval. */
@Configuration(proxyBeanMethods = false)
class DrillDocuments {

    static final DocumentType DRILL = DocumentType.numbered("YL", "drill.documentType", "/safety/drills");

    @Bean
    DocumentType drillType() {
        return DRILL;
    }
}
