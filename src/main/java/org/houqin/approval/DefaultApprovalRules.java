package org.houqin.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The approval rules a school starts with for a module's documents, declared once as data by that module (a bean).
 * The approval module gives them to every new school and, once, to every existing school that never had them
 * (a module added in an upgrade); after that they are the school's own rules, edited under 审批规则.
 */
public record DefaultApprovalRules(List<Approvals.RuleSpec> rules) {

    public DefaultApprovalRules {
        rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Rules by amount: each threshold starts a range that adds the next step to those before it. */
    public static final class Builder {

        private final List<Approvals.RuleSpec> rules = new ArrayList<>();

        /**
         * One rule per amount range of {@code type}: below {@code thresholds[0]} the first {@code firstSteps} steps,
         * from each threshold on one more step. E.g. {@code byAmount("BS", "报损", 1, List.of(director, vice), 1000)}
         * gives 报损 1000 元以下 → director; 报损 1000 元及以上 → director, vice.
         */
        public Builder byAmount(String type, String name, int firstSteps, List<Approvals.StepSpec> steps,
                                BigDecimal... thresholds) {
            if (firstSteps < 1 || firstSteps + thresholds.length != steps.size()) {
                throw new IllegalArgumentException("Each threshold adds one step to the first ones");
            }
            for (int i = 0; i <= thresholds.length; i++) {
                BigDecimal min = i == 0 ? null : thresholds[i - 1];
                BigDecimal max = i == thresholds.length ? null : thresholds[i];
                rules.add(new Approvals.RuleSpec(type, name + " " + range(min, max), min, max, null, 10 * (i + 1),
                        steps.subList(0, firstSteps + i)));
            }
            return this;
        }

        public DefaultApprovalRules build() {
            return new DefaultApprovalRules(rules);
        }

        private static String range(BigDecimal min, BigDecimal max) {
            if (min == null) {
                return yuan(max) + "以下";
            }
            return max == null ? yuan(min) + "及以上" : figure(min) + "至 " + yuan(max);
        }

        /** 500 元, 1 万元. */
        private static String yuan(BigDecimal amount) {
            return figure(amount) + "元";
        }

        /** 500 , 1 万: the amount as the rule's name says it, before its unit. */
        private static String figure(BigDecimal amount) {
            BigDecimal tenThousand = new BigDecimal("10000");
            return amount.compareTo(tenThousand) >= 0 && amount.remainder(tenThousand).signum() == 0
                    ? amount.divide(tenThousand).stripTrailingZeros().toPlainString() + " 万"
                    : amount.stripTrailingZeros().toPlainString() + " ";
        }
    }
}
