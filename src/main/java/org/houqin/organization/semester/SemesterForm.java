package org.houqin.organization.semester;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A semester of a school year, e.g. 2026-2027学年 第一学期, 2026-09-01 to 2027-01-20. */
public class SemesterForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "\\d{4}-\\d{4}", message = "{validation.schoolYear}")
    private String schoolYear;

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate startsOn;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate endsOn;

    private boolean current;

    public String getSchoolYear() { return schoolYear; }
    public void setSchoolYear(String schoolYear) { this.schoolYear = schoolYear == null ? null : schoolYear.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public boolean isCurrent() { return current; }
    public void setCurrent(boolean current) { this.current = current; }
}
