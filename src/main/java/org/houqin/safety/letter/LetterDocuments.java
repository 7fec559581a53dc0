package org.houqin.safety.letter;

import org.houqin.platform.document.DocumentType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The numbered batch of letters issued together (责任书下发, {@code ZR-2026-00001}). */
@Configuration(proxyBeanMethods = false)
public class LetterDocuments {

    public static final DocumentType BATCH = DocumentType.numbered("ZR", "letter.batch.documentType",
            "/safety/letter-batches");

    @Bean
    DocumentType letterBatchType() {
        return BATCH;
    }
}
