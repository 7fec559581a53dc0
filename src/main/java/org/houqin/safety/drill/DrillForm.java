package org.houqin.safety.drill;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.document.DocumentForm;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 演练计划: what is drilled, under which plan, when and where, who organizes it and how many take part. */
@Schema(name = "DrillForm")
public class DrillForm extends DocumentForm implements VersionedBody {

    static final int MOST_PEOPLE = 100_000;

    @NotNull(message = "{validation.required}")
    private DrillKind kind;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String title;
    @Size(max = 60, message = "{validation.tooLong}")
    private String planName;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate plannedOn;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "H:mm")
    @Schema(type = "string", example = "10:00")
    private LocalTime plannedTime;
    private Long roomId;
    @Size(max = 60, message = "{validation.tooLong}")
    private String place;
    @NotNull(message = "{validation.required}")
    private Long organizerUserId;
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{drill.people.negative}")
    @Max(value = MOST_PEOPLE, message = "{validation.range}")
    private Integer students = 0;
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{drill.people.negative}")
    @Max(value = MOST_PEOPLE, message = "{validation.range}")
    private Integer staff = 0;
    private int version;

    /** The form of a drill being corrected, its planned time read at the school. */
    static DrillForm of(Drills.Row row, ZonedDateTime plannedAt) {
        DrillForm form = new DrillForm();
        form.setKind(row.kind());
        form.setTitle(row.title());
        form.setPlanName(row.planName());
        form.setPlannedOn(plannedAt.toLocalDate());
        form.setPlannedTime(plannedAt.toLocalTime());
        form.setRoomId(row.roomId());
        form.setPlace(row.place());
        form.setOrganizerUserId(row.organizerUserId());
        form.setStudents(row.students());
        form.setStaff(row.staff());
        form.setVersion(row.version());
        return form;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public DrillKind getKind() {
        return kind;
    }

    public void setKind(DrillKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = clean(title);
    }

    public String getPlanName() {
        return planName;
    }

    public void setPlanName(String planName) {
        this.planName = clean(planName);
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalTime getPlannedTime() {
        return plannedTime;
    }

    public void setPlannedTime(LocalTime plannedTime) {
        this.plannedTime = plannedTime;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = clean(place);
    }

    public Long getOrganizerUserId() {
        return organizerUserId;
    }

    public void setOrganizerUserId(Long organizerUserId) {
        this.organizerUserId = organizerUserId;
    }

    public Integer getStudents() {
        return students;
    }

    public void setStudents(Integer students) {
        this.students = students;
    }

    public Integer getStaff() {
        return staff;
    }

    public void setStaff(Integer staff) {
        this.staff = staff;
    }

    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public void setVersion(int version) {
        this.version = version;
    }
}
