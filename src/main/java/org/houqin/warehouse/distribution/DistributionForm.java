package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.organization.OrganizationApi.GradeRef;
import org.houqin.platform.api.VersionedBody;
import org.houqin.platform.document.DocumentForm;

/**
 * 发放计划: its name, semester and store, and per grade the lines of item, quantity per student and extra copies per
 * class. Each grade shows at least {@value #MIN_ROWS} rows and always one blank row; the version guards edits.
 */
public class DistributionForm extends DocumentForm implements VersionedBody {

    static final int MIN_ROWS = 3;

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.tooLong}")
    private String name;
    @NotNull(message = "{validation.required}")
    private Long semesterId;
    @NotNull(message = "{validation.required}")
    private Long storeId;
    @Size(max = 200, message = "{validation.tooLong}")
    private String note;
    @Valid
    private List<Line> lines = new ArrayList<>();
    private int version;

    /** Adds blank rows per grade (one more for {@code oneMoreFor}); rows keep their indexes, so errors stay put. */
    void fillRows(List<GradeRef> grades, Long oneMoreFor) {
        for (GradeRef grade : grades) {
            long rows = lines.stream().filter(line -> Long.valueOf(grade.id()).equals(line.getGradeId())).count();
            long filled = lines.stream().filter(line -> Long.valueOf(grade.id()).equals(line.getGradeId()))
                    .filter(line -> !line.isEmpty()).count();
            long wanted = Math.max(MIN_ROWS, filled + 1) + (Long.valueOf(grade.id()).equals(oneMoreFor) ? 1 : 0);
            for (long i = rows; i < wanted; i++) {
                lines.add(new Line(grade.id(), null, null, null));
            }
        }
    }

    /** One line: for the students of a grade, an item, how many each, and how many more per class. */
    @Schema(name = "DistributionFormLine")
    public static class Line {

        private Long gradeId;
        private Long itemId;
        @DecimalMin(value = "0.001", message = "{validation.positive}")
        @DecimalMax(value = "9999", message = "{validation.range}")
        @Digits(integer = 4, fraction = 3, message = "{validation.range}")
        private BigDecimal perStudent;
        @DecimalMin(value = "0", message = "{validation.range}")
        @DecimalMax(value = "9999", message = "{validation.range}")
        @Digits(integer = 4, fraction = 3, message = "{validation.range}")
        private BigDecimal extraPerClass;

        public Line() {
        }

        Line(Long gradeId, Long itemId, BigDecimal perStudent, BigDecimal extraPerClass) {
            this.gradeId = gradeId;
            this.itemId = itemId;
            this.perStudent = perStudent;
            this.extraPerClass = extraPerClass;
        }

        boolean isEmpty() {
            return itemId == null && perStudent == null && extraPerClass == null;
        }

        public Long getGradeId() {
            return gradeId;
        }

        public void setGradeId(Long gradeId) {
            this.gradeId = gradeId;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public BigDecimal getPerStudent() {
            return perStudent;
        }

        public void setPerStudent(BigDecimal perStudent) {
            this.perStudent = perStudent;
        }

        public BigDecimal getExtraPerClass() {
            return extraPerClass;
        }

        public void setExtraPerClass(BigDecimal extraPerClass) {
            this.extraPerClass = extraPerClass;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public Long getSemesterId() {
        return semesterId;
    }

    public void setSemesterId(Long semesterId) {
        this.semesterId = semesterId;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = clean(note);
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
