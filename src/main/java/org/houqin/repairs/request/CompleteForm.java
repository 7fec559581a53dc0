package org.houqin.repairs.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** 完工: what was done, the hours, the materials used and the worker's signature. */
public class CompleteForm implements VersionedBody {

    static final int MATERIAL_ROWS = 5;

    private int version;
    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    private String note;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.1", message = "{validation.range}")
    @DecimalMax(value = "999", message = "{validation.range}")
    @Digits(integer = 3, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal hours;
    @Valid
    private List<MaterialLine> materials = new ArrayList<>();
    @Size(max = 700_000, message = "{validation.tooLong}")
    private String signature;

    static CompleteForm empty(int version) {
        CompleteForm form = new CompleteForm();
        form.version = version;
        form.fillRows();
        return form;
    }

    /** Keeps {@value #MATERIAL_ROWS} rows on the page, filled or empty. */
    void fillRows() {
        while (materials.size() < MATERIAL_ROWS) {
            materials.add(new MaterialLine());
        }
    }

    List<MaterialLine> usedMaterials() {
        return materials.stream().filter(line -> !line.isEmpty()).toList();
    }

    /** One material: an item taken from the warehouse, or a name and unit (bought or found), and the quantity. */
    public static class MaterialLine {

        private Long itemId;
        @Size(max = 40, message = "{validation.tooLong}")
        private String name;
        @Size(max = 8, message = "{validation.tooLong}")
        private String unit;
        @DecimalMin(value = "0.001", message = "{validation.range}")
        @DecimalMax(value = "99999", message = "{validation.range}")
        @Digits(integer = 5, fraction = 3, message = "{validation.range}")
        private BigDecimal quantity;

        boolean isEmpty() {
            return itemId == null && name == null && quantity == null;
        }

        boolean fromStock() {
            return itemId != null;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = ReportForm.blankToNull(name);
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = ReportForm.blankToNull(unit);
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? null : note.strip();
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public List<MaterialLine> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialLine> materials) {
        this.materials = materials;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = ReportForm.blankToNull(signature);
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
}
