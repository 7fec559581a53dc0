package org.houqin.routines.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Days off (a range with a name: 国庆节) or one make-up school day (调休上班). */
public class CalendarDayForm {

    @NotNull(message = "{validation.required}")
    private SchoolCalendars.Kind kind = SchoolCalendars.Kind.OFF;

    @NotNull(message = "{validation.required}")
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDay;

    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    @NotBlank(message = "{validation.required}")
    @Size(max = 30, message = "{validation.tooLong}")
    private String name;

    public static CalendarDayForm of(SchoolCalendars.Kind kind, LocalDate first, LocalDate last, String name) {
        CalendarDayForm form = new CalendarDayForm();
        form.kind = kind;
        form.firstDay = first;
        form.lastDay = last;
        form.name = name;
        return form;
    }

    /** The last day; one day when none is given. */
    LocalDate lastDayOrFirst() {
        return lastDay == null ? firstDay : lastDay;
    }

    public SchoolCalendars.Kind getKind() { return kind; }
    public void setKind(SchoolCalendars.Kind kind) { this.kind = kind; }
    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
}
