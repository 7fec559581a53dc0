package org.houqin.safety.drill;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.routines.checklist.HazardLevel;

/** A problem the drill showed (楼梯口拥堵, 应急灯不亮): how grave, and who sees to it. */
@Schema(name = "DrillProblemForm")
public class ProblemForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String description;
    @NotNull(message = "{validation.required}")
    private HazardLevel level = HazardLevel.GENERAL;
    @Size(max = 60, message = "{validation.tooLong}")
    private String responsible;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = DrillForm.clean(description);
    }

    public HazardLevel getLevel() {
        return level;
    }

    public void setLevel(HazardLevel level) {
        this.level = level;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = DrillForm.clean(responsible);
    }
}
