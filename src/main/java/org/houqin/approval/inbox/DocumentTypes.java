package org.houqin.approval.inbox;

import java.util.List;

import org.houqin.approval.ApprovalDocumentType;
import org.houqin.platform.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The document types the business modules declared, for the approval pages: {@code ${@approvalTypes.label(code)}}
 * names one in the reader's language (its code when no module declares it any more).
 */
@Component("approvalTypes")
public class DocumentTypes {

    private final List<ApprovalDocumentType> types;
    private final Texts texts;

    DocumentTypes(ObjectProvider<ApprovalDocumentType> types, Texts texts) {
        this.types = types.orderedStream().toList();
        this.texts = texts;
    }

    public List<ApprovalDocumentType> all() {
        return types;
    }

    public boolean known(String code) {
        return types.stream().anyMatch(type -> type.code().equals(code));
    }

    public String label(String code) {
        return types.stream().filter(type -> type.code().equals(code)).findFirst()
                .map(type -> texts.get(type.labelKey())).orElse(code);
    }
}
