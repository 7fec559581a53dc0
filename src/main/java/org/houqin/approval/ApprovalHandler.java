package org.houqin.approval;

/**
 * What the module owning a kind of document does when the approval of one of them ends: post it, give it back for
 * changes, close it. Declare one handler bean for each approvable {@link org.houqin.platform.document.DocumentType};
 * the application does not start when one is missing or declared twice, and a document of a type without a handler
 * cannot be submitted. The handler runs in the transaction of the last decision, so the document and its approval
 * never disagree: when the handler refuses (a write-off's goods are gone), the decision is refused with it.
 */
public interface ApprovalHandler {

    /** The code of the document type this handler answers for, e.g. {@code BS}. */
    String documentType();

    void decided(ApprovalDecided decision);
}
