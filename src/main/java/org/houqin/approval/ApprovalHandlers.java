package org.houqin.approval;

import java.util.HashMap;
import java.util.Map;

import org.houqin.platform.document.DocumentType;
import org.houqin.platform.document.DocumentTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The approval handler of each approvable document type, checked once every bean exists (handlers submit through
 * {@link Approvals}, so they cannot be handed in at construction): every approvable type has exactly one, and every
 * handler answers for a declared approvable type; otherwise the application does not start.
 */
@Component
class ApprovalHandlers implements SmartInitializingSingleton {

    private final ObjectProvider<ApprovalHandler> handlers;
    private final DocumentTypes types;
    private volatile Map<String, ApprovalHandler> byType;

    ApprovalHandlers(ObjectProvider<ApprovalHandler> handlers, DocumentTypes types) {
        this.handlers = handlers;
        this.types = types;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, ApprovalHandler> found = new HashMap<>();
        handlers.orderedStream().forEach(handler -> {
            DocumentType type = types.find(handler.documentType()).filter(DocumentType::approvable)
                    .orElseThrow(() -> new IllegalStateException(handler.getClass().getName()
                            + " handles approvals of " + handler.documentType() + ", which no module declares as an"
                            + " approvable DocumentType"));
            ApprovalHandler before = found.putIfAbsent(type.code(), handler);
            if (before != null) {
                throw new IllegalStateException("Two approval handlers for " + type.code() + ": "
                        + before.getClass().getName() + " and " + handler.getClass().getName());
            }
        });
        for (DocumentType type : types.approvable()) {
            if (!found.containsKey(type.code())) {
                throw new IllegalStateException("The approvable document type " + type.code()
                        + " has no ApprovalHandler: declare one in the module that owns it");
            }
        }
        byType = Map.copyOf(found);
    }

    /** Refuses a submission of a type nobody would answer for, before anything is written. */
    void require(String documentType) {
        if (!byType.containsKey(documentType)) {
            throw new IllegalArgumentException("No approval handler for the document type " + documentType);
        }
    }

    void dispatch(ApprovalDecided decision) {
        byType.get(decision.documentType()).decided(decision);
    }
}
