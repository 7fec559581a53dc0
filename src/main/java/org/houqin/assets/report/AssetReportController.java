package org.houqin.assets.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.settings.AssetSettings;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * 资产报表: the register summed up by category, department, building or status with its chart, the idle assets, the
 * work summary's line on air conditioners and appliances; and the depreciation schedule of a month. Both in Excel.
 */
@Controller
@RequestMapping("/assets/reports")
class AssetReportController {


    private final AssetReportQueries reports;
    private final Groupings groupings;
    private final AssetSettings settings;
    private final Texts texts;
    private final ObjectMapper json;
    private final SchoolClock clock;

    AssetReportController(AssetReportQueries reports, Groupings groupings, AssetSettings settings, Texts texts,
                          ObjectMapper json, SchoolClock clock) {
        this.reports = reports;
        this.groupings = groupings;
        this.settings = settings;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:report:read')")
    String summary(@RequestParam(defaultValue = "CATEGORY") Dimension by, Model model, CurrentUser me) {
        long school = me.requireSchool();
        List<Card> cards = reports.openCards(school, me);
        CategoryTree tree = reports.tree(school);
        RegisterSummary.Result summary = summary(school, cards, tree, by);
        AppliancePower power = AppliancePower.of(cards, tree);
        model.addAttribute("by", by);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("month", thisMonth());
        model.addAttribute("summary", summary);
        model.addAttribute("idle", RegisterSummary.idle(cards, texts.get("asset.status.IDLE")));
        model.addAttribute("power", power);
        model.addAttribute("sentence", texts.get("assetReport.power.sentence", power.airConditioners(),
                AppliancePower.kw(power.airConditionerKw()), power.appliances(), AppliancePower.kw(power.applianceKw())));
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "labels", summary.lines().stream().map(RegisterSummary.Line::label).toList(),
                "series", List.of(
                        Map.of("name", texts.get("assetReport.chart.original"),
                                "data", summary.lines().stream().map(l -> tenThousands(l.original())).toList()),
                        Map.of("name", texts.get("assetReport.chart.net"),
                                "data", summary.lines().stream().map(l -> tenThousands(l.net())).toList())))));
        return "assets/reports";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('assets:report:read')")
    void exportSummary(@RequestParam(defaultValue = "CATEGORY") Dimension by, HttpServletResponse response,
                       CurrentUser me)
            throws IOException {
        long school = me.requireSchool();
        RegisterSummary.Result summary = summary(school, reports.openCards(school, me), reports.tree(school), by);
        List<RegisterSummary.Line> rows = new ArrayList<>(summary.lines());
        rows.add(summary.total());
        String title = texts.get("assetReport.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<RegisterSummary.Line>(texts.get("assetReport.by." + by.name()), RegisterSummary.Line::label),
                new ExcelColumn<>(texts.get("assetReport.cards"), RegisterSummary.Line::cards),
                new ExcelColumn<>(texts.get("assetReport.items"), RegisterSummary.Line::items),
                new ExcelColumn<>(texts.get("assetReport.original"), RegisterSummary.Line::original),
                new ExcelColumn<>(texts.get("assetReport.netOf", thisMonth().toString()), RegisterSummary.Line::net)),
                rows);
    }

    @GetMapping("/depreciation")
    @PreAuthorize("hasAuthority('assets:report:read')")
    String depreciation(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                        @RequestParam(defaultValue = "CATEGORY") Dimension by, Model model, CurrentUser me) {
        Dimension grouping = depreciationGrouping(by);
        model.addAttribute("by", grouping);
        model.addAttribute("dimensions", Dimension.FOR_DEPRECIATION);
        model.addAttribute("schedule", schedule(me, month == null ? thisMonth() : month, grouping));
        model.addAttribute("rule", settings.startRule(me.requireSchool()));
        return "assets/report-depreciation";
    }

    @GetMapping("/depreciation/export.xlsx")
    @PreAuthorize("hasAuthority('assets:report:read')")
    void exportDepreciation(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                            @RequestParam(defaultValue = "CATEGORY") Dimension by, HttpServletResponse response,
                            CurrentUser me) throws IOException {
        Dimension grouping = depreciationGrouping(by);
        DepreciationSchedule.Result schedule = schedule(me, month == null ? thisMonth() : month, grouping);
        List<DepreciationSchedule.Line> rows = new ArrayList<>(schedule.lines());
        rows.add(schedule.total());
        String title = texts.get("assetDep.file", schedule.month().toString());
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), schedule.month().toString(), List.of(
                new ExcelColumn<DepreciationSchedule.Line>(texts.get("assetReport.by." + grouping.name()),
                        DepreciationSchedule.Line::label),
                new ExcelColumn<>(texts.get("assetReport.cards"), DepreciationSchedule.Line::cards),
                new ExcelColumn<>(texts.get("assetReport.original"), DepreciationSchedule.Line::original),
                new ExcelColumn<>(texts.get("assetDep.charge"), DepreciationSchedule.Line::charge),
                new ExcelColumn<>(texts.get("assetDep.yearCharge"), DepreciationSchedule.Line::yearCharge),
                new ExcelColumn<>(texts.get("assetDep.accumulated"), DepreciationSchedule.Line::accumulated),
                new ExcelColumn<>(texts.get("assetReport.net"), DepreciationSchedule.Line::net)), rows);
    }

    private RegisterSummary.Result summary(long school, List<Card> cards, CategoryTree tree, Dimension by) {
        return RegisterSummary.of(cards, groupings.by(by, school, tree), thisMonth(), settings.startRule(school),
                texts.get("assetReport.total"));
    }

    private DepreciationSchedule.Result schedule(CurrentUser me, YearMonth month, Dimension by) {
        long school = me.requireSchool();
        Depreciation.StartRule rule = settings.startRule(school);
        return DepreciationSchedule.of(reports.onBooksAt(school, me, month),
                groupings.by(by, school, reports.tree(school)), groupings.notDepreciating(), month, rule,
                texts.get("assetReport.total"));
    }

    /** The chart counts in 万元 so that its axis stays short. */
    private static BigDecimal tenThousands(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    private static Dimension depreciationGrouping(Dimension by) {
        return by == Dimension.DEPARTMENT ? Dimension.DEPARTMENT : Dimension.CATEGORY;
    }

    private YearMonth thisMonth() {
        return clock.thisMonth();
    }
}
