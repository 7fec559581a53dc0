package org.houqin.approval;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.houqin.platform.document.DocumentType;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Document types that only the tests submit, declared the way a business module declares its own, with an approval
 * handler that notes every decision, so the approval pages and rules can be tested without any business module. A
 * test that wants rules of its own takes a fresh type with {@link #freshType()}.
 */
@Configuration(proxyBeanMethods = false)
public class TestDocuments {

    public static final String TYPE = "TESTDOC";
    /** Numbered types for the document-number tests. */
    public static final List<String> NUMBERED = List.of("TA", "TB", "TC", "TD", "TE");
    private static final int FRESH = 60;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final List<ApprovalDecided> DECIDED = new CopyOnWriteArrayList<>();

    /** An approvable type no test used before: TESTAA, TESTAB … */
    public static String freshType() {
        int n = NEXT.getAndIncrement();
        if (n >= FRESH) {
            throw new IllegalStateException("Declare more fresh test document types");
        }
        return fresh(n);
    }

    /** Every approval that came to its end for a test document, in order. */
    public static List<ApprovalDecided> decided() {
        return List.copyOf(DECIDED);
    }

    private static String fresh(int n) {
        return "TEST" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor testDocumentTypes() {
        return (BeanDefinitionRegistry registry) -> {
            register(registry, DocumentType.approvable(TYPE, "test.document", "/test-documents"));
            IntStream.range(0, FRESH).forEach(n -> register(registry,
                    DocumentType.approvable(fresh(n), "test.document", "/test-documents")));
            NUMBERED.forEach(code -> register(registry, DocumentType.numbered(code, "test.document", "/test-documents")));
        };
    }

    private static void register(BeanDefinitionRegistry registry, DocumentType type) {
        RootBeanDefinition definition = new RootBeanDefinition(DocumentType.class, () -> type);
        registry.registerBeanDefinition("testDocumentType" + type.code(), definition);
        if (type.approvable()) {
            RootBeanDefinition handler = new RootBeanDefinition(ApprovalHandler.class, () -> new ApprovalHandler() {
                @Override
                public String documentType() {
                    return type.code();
                }

                @Override
                public void decided(ApprovalDecided decision) {
                    DECIDED.add(decision);
                }
            });
            registry.registerBeanDefinition("testApprovalHandler" + type.code(), handler);
        }
    }
}
