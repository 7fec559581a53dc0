package org.houqin.routines.record;

import java.time.LocalDate;

import org.houqin.platform.web.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The records list's filters: a template, a place, a person, a period of days and flagged records only. */
public record RecordFilter(Long template, Long room, Long person,
                           @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           Boolean flagged) {

    public boolean flaggedOnly() {
        return Boolean.TRUE.equals(flagged);
    }
}
