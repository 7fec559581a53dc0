package org.houqin.repairs;

import org.houqin.platform.document.DocumentType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repairs module's numbered documents: the repair request (报修单 BX-2026-00017). */
@Configuration(proxyBeanMethods = false)
public class RepairDocuments {

    public static final DocumentType REQUEST = DocumentType.numbered("BX", "repair.title", "/repairs");

    @Bean
    DocumentType repairRequestType() {
        return REQUEST;
    }
}
