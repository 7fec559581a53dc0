package org.houqin.repairs.stats;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.houqin.repairs.category.CategoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** 维修统计: figures by category, building, worker or month over a period, charts, the summary line, Excel. */
@Controller
@RequestMapping("/repairs/stats")
class StatsController {


    /** The period and filters the page was asked for, with the current semester as the default period. */
    record Period(LocalDate from, LocalDate to, Long category, RepairStatsQueries.GroupBy by) {
    }

    private final RepairStatsQueries stats;
    private final CategoryService categories;
    private final OrganizationApi organization;
    private final PlacesApi places;
    private final MessageSource messages;
    private final Texts texts;
    private final ObjectMapper json;

    private final SchoolClock clock;
    private final MaterialUse materialUse;

    StatsController(RepairStatsQueries stats, CategoryService categories, OrganizationApi organization, PlacesApi places,
                    MessageSource messages, Texts texts, ObjectMapper json, SchoolClock clock, MaterialUse materialUse) {
        this.clock = clock;
        this.materialUse = materialUse;
        this.stats = stats;
        this.categories = categories;
        this.organization = organization;
        this.places = places;
        this.messages = messages;
        this.texts = texts;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('repairs:stats:read')")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long category,
                @RequestParam(defaultValue = "CATEGORY") RepairStatsQueries.GroupBy by, CurrentUser me, Model model) {
        long school = me.requireSchool();
        Period period = period(school, from, to, category, by);
        List<RepairStatsQueries.Line> lines = lines(school, period);
        RepairStatsQueries.Line total = stats.total(school, clock.startOf(period.from()), clock.startOf(period.to().plusDays(1)), category);
        List<RepairStatsQueries.MaterialTotal> materials = materialUse.of(school, clock.startOf(period.from()), clock.startOf(period.to().plusDays(1)), category);
        model.addAttribute("period", period);
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("materials", materials);
        model.addAttribute("categories", categories.all(school));
        model.addAttribute("groupings", RepairStatsQueries.GroupBy.values());
        model.addAttribute("sentence", SummarySentence.of(periodName(school, period), total, materials, messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "labels", lines.stream().map(l -> label(l.label())).toList(),
                "series", List.of(Map.of("name", texts.get("stats.total"), "data", lines.stream().map(RepairStatsQueries.Line::total).toList()),
                        Map.of("name", texts.get("stats.done"), "data", lines.stream().map(RepairStatsQueries.Line::done).toList())))));
        return "repairs/stats";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('repairs:stats:read')")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long category,
                @RequestParam(defaultValue = "CATEGORY") RepairStatsQueries.GroupBy by, CurrentUser me,
                HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        Period period = period(school, from, to, category, by);
        String title = texts.get("stats.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<RepairStatsQueries.Line>(texts.get(by.messageKey()), l -> label(l.label())),
                new ExcelColumn<>(texts.get("stats.total"), RepairStatsQueries.Line::total),
                new ExcelColumn<>(texts.get("stats.done"), RepairStatsQueries.Line::done),
                new ExcelColumn<>(texts.get("stats.overdue"), RepairStatsQueries.Line::overdue),
                new ExcelColumn<>(texts.get("stats.responseHours"), RepairStatsQueries.Line::responseHours),
                new ExcelColumn<>(texts.get("stats.completionHours"), RepairStatsQueries.Line::completionHours),
                new ExcelColumn<>(texts.get("stats.rating"), RepairStatsQueries.Line::rating)), lines(school, period));
    }

    private List<RepairStatsQueries.Line> lines(long school, Period period) {
        Map<Long, String> buildings = period.by() != RepairStatsQueries.GroupBy.BUILDING ? Map.of()
                : places.rooms(school).stream().collect(Collectors.toMap(PlacesApi.RoomRef::id, PlacesApi.RoomRef::buildingName));
        return stats.lines(school, clock.startOf(period.from()), clock.startOf(period.to().plusDays(1)), period.category(), period.by(), buildings);
    }

    private Period period(long school, LocalDate from, LocalDate to, Long category, RepairStatsQueries.GroupBy by) {
        if (from == null || to == null) {
            var semester = organization.currentSemester(school);
            LocalDate today = clock.today();
            from = from != null ? from : semester.map(OrganizationApi.SemesterRef::startsOn).orElse(today.minusMonths(6));
            to = to != null ? to : semester.map(OrganizationApi.SemesterRef::endsOn).orElse(today);
        }
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw RuleViolation.of("stats.period.invalid");
        }
        return new Period(from, to, category, by);
    }

    private String periodName(long school, Period period) {
        return organization.currentSemester(school)
                .filter(s -> s.startsOn().equals(period.from()) && s.endsOn().equals(period.to()))
                .map(s -> texts.get("stats.thisSemester"))
                .orElse(texts.get("stats.between", period.from(), period.to()));
    }

    private String label(String raw) {
        return raw == null || raw.isEmpty() ? texts.get("stats.unknown") : raw;
    }
}
