package org.houqin.approval.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.approval.ApprovalRules;
import org.houqin.approval.Approvals;
import org.houqin.platform.api.VersionedBody;
import org.springframework.validation.BindingResult;

/** The rule form: which documents, which amounts and category, and up to {@value #ROWS} steps in order. */
public class RuleForm implements VersionedBody {

    static final int ROWS = 5;

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.tooLong}")
    private String documentType;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;
    @DecimalMin(value = "0", message = "{validation.range}")
    @DecimalMax(value = "999999999999", message = "{validation.range}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal minAmount;
    @DecimalMin(value = "0", inclusive = false, message = "{validation.positive}")
    @DecimalMax(value = "999999999999", message = "{validation.range}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal maxAmount;
    @Size(max = 32, message = "{validation.tooLong}")
    private String category;
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.range}")
    @Max(value = 9999, message = "{validation.range}")
    private Integer priority = 100;
    @Valid
    private List<Row> steps = new ArrayList<>();
    private int version;

    static RuleForm of(ApprovalRules.RuleView rule) {
        RuleForm form = new RuleForm();
        form.documentType = rule.documentType();
        form.name = rule.name();
        form.minAmount = rule.minAmount();
        form.maxAmount = rule.maxAmount();
        form.category = rule.category();
        form.priority = rule.priority();
        form.version = rule.version();
        rule.steps().forEach(step -> {
            Row row = new Row();
            row.roleCode = step.roleCode();
            row.sameDepartment = step.sameDepartment();
            row.userId = step.userId();
            row.fallbackRoleCode = step.fallbackRoleCode();
            form.steps.add(row);
        });
        return form;
    }

    void fillRows() {
        while (steps.size() < ROWS) {
            steps.add(new Row());
        }
    }

    /**
     * Says at the fields what the rule book would refuse, all at once: an unknown document type, a range whose lower
     * end is not below its upper end, no step, a gap between steps, a step naming both a role and a person, or a
     * fallback role on a step without a role. Empty rows after the last step are left out.
     */
    void check(BindingResult errors, boolean typeKnown) {
        if (documentType != null && !typeKnown) {
            errors.rejectValue("documentType", "approval.rule.unknownType");
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) >= 0) {
            errors.rejectValue("maxAmount", "approval.rule.range");
        }
        if (steps.size() > ROWS) {
            errors.rejectValue("steps", "approval.rule.tooManySteps", new Object[] {ROWS}, null);
            return;
        }
        int last = lastFilled();
        if (last < 0) {
            errors.rejectValue("steps", "approval.rule.noSteps");
        }
        for (int i = 0; i <= last; i++) {
            Row row = steps.get(i);
            String field = "steps[" + i + "].roleCode";
            if (row.roleCode == null && row.userId == null) {
                errors.rejectValue(field, "approval.rule.step.nobody");
            } else if (row.roleCode != null && row.userId != null) {
                errors.rejectValue(field, "approval.rule.step.both");
            } else if (row.userId != null && row.sameDepartment) {
                errors.rejectValue("steps[" + i + "].sameDepartment", "approval.rule.step.departmentForRole");
            }
            if (row.fallbackRoleCode != null && row.roleCode == null) {
                errors.rejectValue("steps[" + i + "].fallbackRoleCode", "approval.rule.step.fallbackForRole");
            }
        }
    }

    Approvals.RuleSpec toSpec() {
        List<Approvals.StepSpec> specs = new ArrayList<>();
        for (int i = 0; i <= lastFilled(); i++) {
            Row row = steps.get(i);
            specs.add(new Approvals.StepSpec(row.roleCode, row.roleCode != null && row.sameDepartment, row.userId,
                    row.fallbackRoleCode));
        }
        return new Approvals.RuleSpec(documentType, name, minAmount, maxAmount, category, priority, specs);
    }

    private int lastFilled() {
        int last = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).isEmpty()) {
                last = i;
            }
        }
        return last;
    }

    /**
     * One step: a role (only its holders in the submitter's department, if ticked) or a named person; a role step
     * may name the role that decides when nobody but the submitter holds it.
     */
    public static class Row {

        private String roleCode;
        private boolean sameDepartment;
        private Long userId;
        private String fallbackRoleCode;

        boolean isEmpty() {
            return roleCode == null && userId == null && !sameDepartment && fallbackRoleCode == null;
        }

        public String getRoleCode() {
            return roleCode;
        }

        public void setRoleCode(String roleCode) {
            this.roleCode = clean(roleCode);
        }

        public boolean isSameDepartment() {
            return sameDepartment;
        }

        public void setSameDepartment(boolean sameDepartment) {
            this.sameDepartment = sameDepartment;
        }

        public Long getUserId() {
            return userId;
        }

        public void setUserId(Long userId) {
            this.userId = userId;
        }

        public String getFallbackRoleCode() {
            return fallbackRoleCode;
        }

        public void setFallbackRoleCode(String fallbackRoleCode) {
            this.fallbackRoleCode = clean(fallbackRoleCode);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = clean(documentType);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = clean(category);
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public List<Row> getSteps() {
        return steps;
    }

    public void setSteps(List<Row> steps) {
        this.steps = steps;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
