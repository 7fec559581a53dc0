package org.houqin.safety.drill;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * 完成演练: when it really started, how long it took, the evacuation time of an evacuation drill (required then, by
 * {@link DrillRules}), how many took part, the summary, and photos taken on the spot.
 */
@Schema(name = "DrillCompleteForm")
public class CompleteForm implements VersionedBody {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate startedOn;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "H:mm")
    @Schema(type = "string", example = "10:05")
    private LocalTime startedTime;
    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 600, message = "{validation.range}")
    private Integer durationMinutes;
    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 36_000, message = "{validation.range}")
    private Integer evacuationSeconds;
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{drill.people.negative}")
    @Max(value = DrillForm.MOST_PEOPLE, message = "{validation.range}")
    private Integer students;
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{drill.people.negative}")
    @Max(value = DrillForm.MOST_PEOPLE, message = "{validation.range}")
    private Integer staff;
    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    private String summary;
    private List<MultipartFile> photos = new ArrayList<>();
    private int version;

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalTime getStartedTime() {
        return startedTime;
    }

    public void setStartedTime(LocalTime startedTime) {
        this.startedTime = startedTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getEvacuationSeconds() {
        return evacuationSeconds;
    }

    public void setEvacuationSeconds(Integer evacuationSeconds) {
        this.evacuationSeconds = evacuationSeconds;
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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = DrillForm.clean(summary);
    }

    @JsonIgnore
    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos == null ? new ArrayList<>() : photos;
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
