package org.houqin.repairs.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The repair settings form. */
public class SettingsForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 720, message = "{validation.range}")
    private Integer urgentHours;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 720, message = "{validation.range}")
    private Integer teachingHours;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 720, message = "{validation.range}")
    private Integer normalHours;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 90, message = "{validation.range}")
    private Integer autoCloseDays;
    private boolean guestReporting;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 100, message = "{validation.range}")
    private Integer guestHourlyLimit;
    private int version;

    static SettingsForm of(RepairSettings.Settings settings) {
        SettingsForm form = new SettingsForm();
        form.urgentHours = settings.urgentHours();
        form.teachingHours = settings.teachingHours();
        form.normalHours = settings.normalHours();
        form.autoCloseDays = settings.autoCloseDays();
        form.guestReporting = settings.guestReporting();
        form.guestHourlyLimit = settings.guestHourlyLimit();
        form.version = settings.version();
        return form;
    }

    public Integer getUrgentHours() {
        return urgentHours;
    }

    public void setUrgentHours(Integer urgentHours) {
        this.urgentHours = urgentHours;
    }

    public Integer getTeachingHours() {
        return teachingHours;
    }

    public void setTeachingHours(Integer teachingHours) {
        this.teachingHours = teachingHours;
    }

    public Integer getNormalHours() {
        return normalHours;
    }

    public void setNormalHours(Integer normalHours) {
        this.normalHours = normalHours;
    }

    public Integer getAutoCloseDays() {
        return autoCloseDays;
    }

    public void setAutoCloseDays(Integer autoCloseDays) {
        this.autoCloseDays = autoCloseDays;
    }

    public boolean isGuestReporting() {
        return guestReporting;
    }

    public void setGuestReporting(boolean guestReporting) {
        this.guestReporting = guestReporting;
    }

    public Integer getGuestHourlyLimit() {
        return guestHourlyLimit;
    }

    public void setGuestHourlyLimit(Integer guestHourlyLimit) {
        this.guestHourlyLimit = guestHourlyLimit;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
