/**
 * 审批: who approves which document, in which order, by amount and category; the approvers' inbox, decisions with
 * comments, delegation while away. Business modules submit through {@link org.houqin.approval.Approvals} and react
 * to {@link org.houqin.approval.ApprovalDecided}; this module knows nothing about them.
 */
@ApplicationModule(displayName = "Approval",
        allowedDependencies = {"platform", "audit", "iam", "notifications", "organization"})
package org.houqin.approval;

import org.springframework.modulith.ApplicationModule;
