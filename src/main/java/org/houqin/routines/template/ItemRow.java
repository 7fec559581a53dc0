package org.houqin.routines.template;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.Choices;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.routines.checklist.InvalidTemplate;
import org.houqin.routines.checklist.ItemKind;
import org.houqin.routines.checklist.NumberLimits;

/**
 * One row of the item editor: the question, its kind, whether it must be answered, a hint, the hazard a failure
 * raises, the limits and unit of a number, and the options of a choice (separated by 、, commas or new lines) with
 * those that fail. {@link #toItem} checks it as the checklist model does, naming the field that is wrong; what the
 * editor hides for the row's kind (a hazard on a text, the limits of a choice) is left out.
 */
public class ItemRow {

    private String code;
    @Size(max = 200, message = "{validation.tooLong}")
    private String text;
    private ItemKind kind = ItemKind.PASS_FAIL;
    private boolean required = true;
    @Size(max = 200, message = "{validation.tooLong}")
    private String hint;
    private HazardLevel hazard;
    private BigDecimal min;
    private BigDecimal max;
    @Size(max = 10, message = "{validation.tooLong}")
    private String unit;
    @Size(max = 300, message = "{validation.tooLong}")
    private String options;
    @Size(max = 300, message = "{validation.tooLong}")
    private String failing;

    static ItemRow of(ChecklistItem item) {
        ItemRow row = new ItemRow();
        row.code = item.code();
        row.text = item.text();
        row.kind = item.kind();
        row.required = item.required();
        row.hint = item.hint();
        row.hazard = item.hazardIfFailed();
        if (item.limits() != null) {
            row.min = item.limits().min();
            row.max = item.limits().max();
            row.unit = item.limits().unit();
        }
        if (item.choices() != null) {
            row.options = String.join("、", item.choices().options());
            row.failing = String.join("、", item.choices().failing());
        }
        return row;
    }

    /** The item this row makes; a rule it breaks is a message at the row's field ({@code items[3].text}). */
    ChecklistItem toItem(int index) {
        String field = "items[" + index + "].";
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field + "text", "validation.required");
        }
        if (kind == null) {
            throw new RuleViolation(field + "kind", "validation.required");
        }
        if (kind == ItemKind.NUMBER && min != null && max != null && min.compareTo(max) > 0) {
            throw new RuleViolation(field + "max", "routine.item.maxBelowMin");
        }
        HazardLevel level = kind.canFail() ? hazard : null;
        if (level != null && !canFail()) {
            throw new RuleViolation(field + "hazard", "routine.item.hazardCannotFail");
        }
        try {
            return new ChecklistItem(code, text.strip(), kind, required, hint, level, limits(), choices(field));
        } catch (InvalidTemplate e) {
            throw new RuleViolation(field + "text", "routine.item.invalid");
        }
    }

    private boolean canFail() {
        return switch (kind) {
            case PASS_FAIL -> true;
            case NUMBER -> min != null || max != null;
            case CHOICE -> !split(failing).isEmpty();
            default -> false;
        };
    }

    private NumberLimits limits() {
        return kind == ItemKind.NUMBER ? new NumberLimits(min, max, unit) : null;
    }

    private Choices choices(String field) {
        if (kind != ItemKind.CHOICE) {
            return null;
        }
        List<String> offered = split(options);
        List<String> failed = split(failing);
        if (offered.size() < 2 || offered.stream().distinct().count() != offered.size()) {
            throw new RuleViolation(field + "options", "routine.item.options");
        }
        if (!offered.containsAll(failed) || failed.size() == offered.size()) {
            throw new RuleViolation(field + "failing", "routine.item.failing");
        }
        return new Choices(offered, failed);
    }

    private static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[、,，\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind kind) { this.kind = kind; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getHint() { return hint; }
    public void setHint(String hint) { this.hint = hint; }
    public HazardLevel getHazard() { return hazard; }
    public void setHazard(HazardLevel hazard) { this.hazard = hazard; }
    public BigDecimal getMin() { return min; }
    public void setMin(BigDecimal min) { this.min = min; }
    public BigDecimal getMax() { return max; }
    public void setMax(BigDecimal max) { this.max = max; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public String getFailing() { return failing; }
    public void setFailing(String failing) { this.failing = failing; }
}
