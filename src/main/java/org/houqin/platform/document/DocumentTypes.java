package org.houqin.platform.document;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Every document type the modules declared. Two declarations of one code stop the application at start-up, and a
 * code nobody declared is refused wherever it is used (numbers, approval), so a typo never files a document under a
 * type no page knows. {@code ${@documentTypes.label(code)}} names a type in the reader's language.
 */
@Component("documentTypes")
public class DocumentTypes {

    private final Map<String, DocumentType> byCode = new LinkedHashMap<>();
    private final Texts texts;

    DocumentTypes(List<DocumentType> declared, Texts texts) {
        this.texts = texts;
        declared.stream().sorted(Comparator.comparing(DocumentType::code)).forEach(type -> {
            DocumentType before = byCode.putIfAbsent(type.code(), type);
            if (before != null) {
                throw new IllegalStateException("The document type " + type.code() + " is declared twice: " + before
                        + " and " + type);
            }
        });
    }

    /** The declared type of this code; an undeclared code is a programming error. */
    public DocumentType get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No module declares the document type "
                + code + "; declare a DocumentType bean"));
    }

    public Optional<DocumentType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<DocumentType> all() {
        return List.copyOf(byCode.values());
    }

    public List<DocumentType> approvable() {
        return byCode.values().stream().filter(DocumentType::approvable).toList();
    }

    /** The type's name in the reader's language; its code when no module declares it (any more). */
    public String label(String code) {
        return find(code).map(type -> texts.get(type.labelKey())).orElse(code);
    }
}
