package org.houqin.routines.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.houqin.routines.schedule.Completion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 完成情况 over JSON: 应做/已做/逾期/完成率 per schedule, person or place over a period. */
@RestController
@RequestMapping("/api/v1/routines/completion")
@Tag(name = "Routine completion", description = "完成情况")
class RoutineCompletionEndpoint {

    /** One line's counts: due = done + missed; late rounds are done after their grace; pending ones are still open. */
    @Schema(name = "RoutineCompletionLine")
    record LineJson(Long id, String label, int due, int done, int late, int missed, int pending, BigDecimal rate) {

        static LineJson of(Long id, String label, Completion c) {
            return new LineJson(id, label, c.due(), c.done(), c.late(), c.missed(), c.pending(),
                    c.rate().orElse(null));
        }
    }

    /** The period counted, its lines and their total. */
    @Schema(name = "RoutineCompletion")
    record ReportJson(LocalDate from, LocalDate to, List<LineJson> lines, LineJson total) {
    }

    private final CompletionReport reports;

    RoutineCompletionEndpoint(CompletionReport reports) {
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:completion:read')")
    @Operation(summary = "Completion of the rounds", description = "group = SCHEDULE, PERSON or PLACE; period = "
            + "WEEK, MONTH, SEMESTER or CUSTOM (with from and to); schedule narrows to one. The rate is done of due "
            + "in percent with one decimal, null when nothing was due.")
    ReportJson completion(@Parameter(hidden = true) CurrentUser me, @ModelAttribute CompletionFilter filter) {
        CompletionReport.Report report = reports.report(me.requireSchool(), filter);
        return new ReportJson(report.from(), report.to(), report.lines().stream()
                .map(l -> LineJson.of(l.id(), l.label(), l.completion())).toList(),
                LineJson.of(null, null, report.total()));
    }
}
