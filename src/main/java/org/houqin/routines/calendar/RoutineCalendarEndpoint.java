package org.houqin.routines.calendar;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 校历 over JSON: the days off and make-up days, one added, one removed. */
@RestController
@RequestMapping("/api/v1/routines/calendar-days")
@Tag(name = "Routine calendar", description = "校历")
class RoutineCalendarEndpoint {

    private final SchoolCalendars calendars;

    RoutineCalendarEndpoint(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:template:read')")
    @Operation(summary = "List the days off and make-up days", description = "In the order of their first day; q "
            + "searches the name.")
    ApiPage<SchoolCalendars.Day> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query) {
        return ApiPage.page(calendar(me).stream()
                .filter(d -> !query.hasSearch() || d.name().contains(query.q())).toList(), query);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('routines:template:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add days off or a make-up day", description = "kind OFF (a range, lastDay empty for one "
            + "day) or MAKE_UP (one day); a range the wrong way round gets 400 at lastDay.")
    SchoolCalendars.Day add(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody CalendarDayForm form) {
        long id = calendars.add(me.requireSchool(), form);
        return calendar(me).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:template:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove days off or a make-up day", description = "Rounds already written stay as they "
            + "are; the next ones follow the calendar.")
    void remove(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        if (calendar(me).stream().noneMatch(d -> d.id() == id)) {
            throw new NotFoundException("calendar day", id);
        }
        calendars.remove(me.requireSchool(), id);
    }

    private List<SchoolCalendars.Day> calendar(CurrentUser me) {
        return calendars.days(me.requireSchool());
    }
}
