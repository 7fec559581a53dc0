package org.houqin.approval;

/**
 * A kind of document that can go through approval, declared as a bean by the module that owns it
 * ({@code new ApprovalDocumentType("REQUISITION", "approval.type.requisition")}), so that the approval pages can
 * name it and the rules admin can offer it.
 *
 * @param code     what the module passes as {@link Submission#documentType()} (up to 16 characters)
 * @param labelKey the message key of its name, e.g. 领用申请
 */
public record ApprovalDocumentType(String code, String labelKey) {
}
