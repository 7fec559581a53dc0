package org.houqin.warehouse.distribution;

import org.houqin.platform.web.RuleViolation;

/** What a step said: "allowed", the message key of the rule it broke, or "field:key" when the rule has a field. */
final class RuleOutcome {

    private RuleOutcome() {
    }

    static String rule(Runnable step) {
        try {
            step.run();
            return "allowed";
        } catch (RuleViolation violation) {
            return violation.field() == null ? violation.messageKey() : violation.field() + ":" + violation.messageKey();
        }
    }
}
