package org.houqin.repairs.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The maintenance plan form. */
public class PlanForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;
    @NotNull(message = "{validation.required}")
    private Long categoryId;
    private Long roomId;
    @Size(max = 100, message = "{validation.tooLong}")
    private String location;
    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String description;
    @NotNull(message = "{validation.required}")
    private Cadence cadence = Cadence.MONTHLY;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate nextDueOn;
    private Long assigneeUserId;
    private boolean active = true;
    private int version;

    static PlanForm of(PlanService.Row plan) {
        PlanForm form = new PlanForm();
        form.name = plan.name();
        form.categoryId = plan.categoryId();
        form.roomId = plan.roomId();
        form.location = plan.location();
        form.description = plan.description();
        form.cadence = plan.cadence();
        form.nextDueOn = plan.nextDueOn();
        form.assigneeUserId = plan.assigneeUserId();
        form.active = plan.active();
        form.version = plan.version();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location == null || location.isBlank() ? null : location.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? null : description.strip();
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public void setNextDueOn(LocalDate nextDueOn) {
        this.nextDueOn = nextDueOn;
    }

    public Long getAssigneeUserId() {
        return assigneeUserId;
    }

    public void setAssigneeUserId(Long assigneeUserId) {
        this.assigneeUserId = assigneeUserId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
