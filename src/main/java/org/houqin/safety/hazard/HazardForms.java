package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.document.DocumentForm;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.web.multipart.MultipartFile;

/** The forms of a hazard's life: its report, and the steps' forms, each with the version the page was read at. */
public final class HazardForms {

    private HazardForms() {
    }

    /** 上报隐患: a room (or a place in words), the level, the category, what was found and photos. */
    @Schema(name = "HazardReport")
    public static class Report extends DocumentForm {
        private Long roomId;
        @Size(max = 100)
        private String location;
        @NotNull
        private HazardLevel level = HazardLevel.GENERAL;
        @NotNull
        private HazardCategory category;
        @NotBlank
        @Size(max = 1000)
        private String description;
        @JsonIgnore
        private List<MultipartFile> photos = new ArrayList<>();

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

        public HazardLevel getLevel() {
            return level;
        }

        public void setLevel(HazardLevel level) {
            this.level = level;
        }

        public HazardCategory getCategory() {
            return category;
        }

        public void setCategory(HazardCategory category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description == null || description.isBlank() ? null : description.strip();
        }

        @JsonIgnore
        public List<MultipartFile> getPhotos() {
            return photos;
        }

        public void setPhotos(List<MultipartFile> photos) {
            this.photos = photos == null ? new ArrayList<>() : photos;
        }
    }

    /** Every step's form: the version, and what each step asks (the others stay empty). */
    @Schema(name = "HazardStep")
    public static class Step implements VersionedBody {
        private int version;
        private Long assigneeUserId;
        @Size(max = 1000)
        private String requiredMeasures;
        @Size(max = 1000)
        private String measures;
        @DecimalMin("0")
        @Digits(integer = 12, fraction = 2)
        private BigDecimal cost;
        @Size(max = 500)
        private String reason;
        private boolean pass;
        @JsonIgnore
        private List<MultipartFile> photos = new ArrayList<>();

        @Override
        public int getVersion() {
            return version;
        }

        @Override
        public void setVersion(int version) {
            this.version = version;
        }

        public Long getAssigneeUserId() {
            return assigneeUserId;
        }

        public void setAssigneeUserId(Long assigneeUserId) {
            this.assigneeUserId = assigneeUserId;
        }

        public String getRequiredMeasures() {
            return requiredMeasures;
        }

        public void setRequiredMeasures(String requiredMeasures) {
            this.requiredMeasures = blankless(requiredMeasures);
        }

        public String getMeasures() {
            return measures;
        }

        public void setMeasures(String measures) {
            this.measures = blankless(measures);
        }

        public BigDecimal getCost() {
            return cost;
        }

        public void setCost(BigDecimal cost) {
            this.cost = cost;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = blankless(reason);
        }

        public boolean isPass() {
            return pass;
        }

        public void setPass(boolean pass) {
            this.pass = pass;
        }

        @JsonIgnore
        public List<MultipartFile> getPhotos() {
            return photos;
        }

        public void setPhotos(List<MultipartFile> photos) {
            this.photos = photos == null ? new ArrayList<>() : photos;
        }

        private static String blankless(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
