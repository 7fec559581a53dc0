package org.houqin.repairs.request;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.SubmittedBody;

/**
 * 报修: where, what kind, what is wrong, how urgent. The submission key is issued with the empty form, so a
 * double-clicked or resent form makes one request.
 */
public class ReportForm implements SubmittedBody {

    private Long roomId;
    /** The fixed asset the repair is about (报修 from its card); kept only if the reporter may see it. */
    private Long assetId;
    @Size(max = 100, message = "{validation.tooLong}")
    private String location;
    @NotNull(message = "{repair.category.unknown}")
    private Long categoryId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    private String description;
    private boolean urgent;
    /** Only on the guest form: who reports, and how to reach them. */
    @Size(max = 40, message = "{validation.tooLong}")
    private String guestName;
    @Pattern(regexp = "^$|^[0-9+\\- ]{6,20}$", message = "{validation.phone}")
    private String guestPhone;
    private UUID submissionKey = UUID.randomUUID();

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getAssetId() {
        return assetId;
    }

    public void setAssetId(Long assetId) {
        this.assetId = assetId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = blankToNull(location);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? null : description.strip();
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = blankToNull(guestName);
    }

    public String getGuestPhone() {
        return guestPhone;
    }

    public void setGuestPhone(String guestPhone) {
        this.guestPhone = guestPhone == null ? null : guestPhone.strip();
    }

    public UUID getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(UUID submissionKey) {
        this.submissionKey = submissionKey == null ? UUID.randomUUID() : submissionKey;
    }

    /** Photos sent with the form; their problems are reported on this field. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    private java.util.List<org.springframework.web.multipart.MultipartFile> photos = new java.util.ArrayList<>();

    @com.fasterxml.jackson.annotation.JsonIgnore
    public java.util.List<org.springframework.web.multipart.MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(java.util.List<org.springframework.web.multipart.MultipartFile> photos) {
        this.photos = photos == null ? new java.util.ArrayList<>() : photos;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
