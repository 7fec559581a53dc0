package org.houqin.safety.hazard;

import org.houqin.platform.document.DocumentType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hazard as a numbered document (隐患 YH-2026-00001). */
@Configuration(proxyBeanMethods = false)
class HazardDocuments {

    static final DocumentType HAZARD = DocumentType.numbered("YH", "hazard.documentType", "/safety/hazards");

    @Bean
    DocumentType hazardType() {
        return HAZARD;
    }
}
