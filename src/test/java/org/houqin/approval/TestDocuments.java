package org.houqin.approval;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A document type that only the tests submit, declared the way a business module declares its own, so the approval
 * pages and the rules admin can be tested without depending on any business module.
 */
@Configuration(proxyBeanMethods = false)
public class TestDocuments {

    public static final String TYPE = "TEST_DOC";

    @Bean
    ApprovalDocumentType testDocumentType() {
        return new ApprovalDocumentType(TYPE, "test.document");
    }
}
