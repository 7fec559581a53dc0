package org.houqin.safety.rule;

import org.houqin.platform.web.Labelled;

/** 规章制度, 应急预案 or 操作规程. */
public enum RuleKind implements Labelled {
    RULE, PLAN, PROCEDURE;

    @Override
    public String messageKey() {
        return "rule.kind." + name();
    }
}
