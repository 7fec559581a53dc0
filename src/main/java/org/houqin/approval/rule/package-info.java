/** 审批规则 (approval rules): who approves which document, by amount and category, step by step. */
package org.houqin.approval.rule;
