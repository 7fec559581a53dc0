package org.houqin.approval;

/** What an approver answers: 同意, 不同意, 退回修改. */
public enum Decision { APPROVE, REJECT, RETURN }
