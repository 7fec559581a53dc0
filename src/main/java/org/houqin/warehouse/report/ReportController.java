package org.houqin.warehouse.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Texts;
import org.houqin.warehouse.catalogue.Catalogue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * 统计报表: 消耗统计 (by department, item, category or month, with the month trend and the comparison with the
 * period before, the seed's paper consumption) and 出入库汇总 (opening, in, out and closing per item), both in Excel.
 */
@Controller
@RequestMapping("/warehouse/reports")
class ReportController {


    private final StockReportQueries reports;
    private final Catalogue catalogue;
    private final OrganizationApi organization;
    private final Texts texts;
    private final ObjectMapper json;

    private final SchoolClock clock;

    ReportController(StockReportQueries reports, Catalogue catalogue, OrganizationApi organization, Texts texts,
                     ObjectMapper json, SchoolClock clock) {
        this.clock = clock;
        this.reports = reports;
        this.catalogue = catalogue;
        this.organization = organization;
        this.texts = texts;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String index() {
        return "redirect:/warehouse/reports/consumption";
    }

    @GetMapping("/consumption")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String consumption(CurrentUser me,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(defaultValue = "DEPARTMENT") StockReportQueries.GroupBy by,
                       @RequestParam(required = false) Long category, @RequestParam(required = false) Long item,
                       Model model) throws Exception {
        long school = me.requireSchool();
        StockReportQueries.Filter filter = filter(school, from, to, null, category, item);
        List<StockReportQueries.ConsumptionRow> rows = reports.consumption(school, filter, by);
        BigDecimal total = rows.stream().map(StockReportQueries.ConsumptionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        StockReportQueries.Filter before = comparedWith(filter);
        StockReportQueries.MonthPoint earlier = reports.total(school, before);
        BigDecimal earlierTotal = item != null ? earlier.quantity() : earlier.amount();
        BigDecimal nowTotal = item != null ? rows.stream().map(StockReportQueries.ConsumptionRow::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add) : total;
        List<StockReportQueries.MonthPoint> trend = reports.trend(school, new StockReportQueries.Filter(
                filter.to().minusMonths(11).withDayOfMonth(1), filter.to(), null, category, item));
        model.addAttribute("filter", filter);
        model.addAttribute("by", by);
        model.addAttribute("groupings", StockReportQueries.GroupBy.values());
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("nowTotal", nowTotal);
        model.addAttribute("earlierTotal", earlierTotal);
        model.addAttribute("change", earlierTotal.signum() == 0 ? null : nowTotal.subtract(earlierTotal)
                .multiply(BigDecimal.valueOf(100)).divide(earlierTotal, 1, RoundingMode.HALF_UP));
        model.addAttribute("before", before);
        model.addAttribute("lastYear", before.from().equals(filter.from().minusYears(1)));
        model.addAttribute("chosenItem", item == null ? null : catalogue.item(school, item).orElse(null));
        model.addAttribute("labels", labels(school, rows));
        model.addAttribute("categories", catalogue.categories(school));
        model.addAttribute("items", catalogue.activeItems(school));
        model.addAttribute("chart", json.writeValueAsString(Map.of("type", "line",
                "labels", trend.stream().map(p -> p.month().toString()).toList(),
                "series", List.of(Map.of("name", texts.get(item != null ? "report.quantity" : "report.amount"),
                        "data", trend.stream().map(p -> item != null ? p.quantity() : p.amount()).toList())))));
        return "warehouse/report-consumption";
    }

    /**
     * The period a consumption is compared with: the same dates a year before (a semester with last year's, not with
     * the summer holiday before it), or for a period longer than a year the one of the same length before it.
     */
    static StockReportQueries.Filter comparedWith(StockReportQueries.Filter filter) {
        long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        LocalDate from = days <= 366 ? filter.from().minusYears(1) : filter.from().minusDays(days);
        LocalDate to = days <= 366 ? filter.to().minusYears(1) : filter.from().minusDays(1);
        return new StockReportQueries.Filter(from, to, null, filter.categoryId(), filter.itemId());
    }

    @GetMapping("/consumption/export.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void exportConsumption(CurrentUser me,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(defaultValue = "DEPARTMENT") StockReportQueries.GroupBy by,
                           @RequestParam(required = false) Long category, @RequestParam(required = false) Long item,
                           HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        StockReportQueries.Filter filter = filter(school, from, to, null, category, item);
        List<StockReportQueries.ConsumptionRow> rows = reports.consumption(school, filter, by);
        Map<String, String> labels = labels(school, rows);
        String title = texts.get("report.consumption.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<StockReportQueries.ConsumptionRow>(texts.get("report.by." + by.name()), r -> labels.get(r.key())),
                new ExcelColumn<>(texts.get("report.quantity"), StockReportQueries.ConsumptionRow::quantity),
                new ExcelColumn<>(texts.get("item.unit"), StockReportQueries.ConsumptionRow::unit),
                new ExcelColumn<>(texts.get("report.amount"), StockReportQueries.ConsumptionRow::amount),
                new ExcelColumn<>(texts.get("report.documents"), StockReportQueries.ConsumptionRow::documents)), rows);
    }

    @GetMapping("/in-out")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    String inOut(CurrentUser me, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Long store, @RequestParam(required = false) Long category,
                 Model model) {
        long school = me.requireSchool();
        StockReportQueries.Filter filter = filter(school, from, to, store, category, null);
        List<StockReportQueries.InOutRow> rows = reports.inOut(school, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("totals", StockReportQueries.totals(rows));
        model.addAttribute("stores", catalogue.stores(school));
        model.addAttribute("categories", catalogue.categories(school));
        return "warehouse/report-in-out";
    }

    @GetMapping("/in-out/export.xlsx")
    @PreAuthorize("hasAuthority('warehouse:item:read')")
    void exportInOut(CurrentUser me,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Long store, @RequestParam(required = false) Long category,
                     HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        List<StockReportQueries.InOutRow> rows = reports.inOut(school, filter(school, from, to, store, category, null));
        String title = texts.get("report.inOut.title");
        Downloads.excel(response, title + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<StockReportQueries.InOutRow>(texts.get("item.code"), StockReportQueries.InOutRow::code),
                new ExcelColumn<>(texts.get("item.name"), StockReportQueries.InOutRow::name),
                new ExcelColumn<>(texts.get("item.specification"), StockReportQueries.InOutRow::specification),
                new ExcelColumn<>(texts.get("item.unit"), StockReportQueries.InOutRow::unit),
                new ExcelColumn<>(texts.get("stock.store"), StockReportQueries.InOutRow::storeName),
                new ExcelColumn<>(texts.get("report.opening.quantity"), StockReportQueries.InOutRow::openingQuantity),
                new ExcelColumn<>(texts.get("report.opening.amount"), StockReportQueries.InOutRow::openingAmount),
                new ExcelColumn<>(texts.get("report.in.quantity"), StockReportQueries.InOutRow::inQuantity),
                new ExcelColumn<>(texts.get("report.in.amount"), StockReportQueries.InOutRow::inAmount),
                new ExcelColumn<>(texts.get("report.out.quantity"), StockReportQueries.InOutRow::outQuantity),
                new ExcelColumn<>(texts.get("report.out.amount"), StockReportQueries.InOutRow::outAmount),
                new ExcelColumn<>(texts.get("report.closing.quantity"), StockReportQueries.InOutRow::closingQuantity),
                new ExcelColumn<>(texts.get("report.closing.amount"), StockReportQueries.InOutRow::closingAmount)), rows);
    }

    /** The period asked for, else the current semester up to today (else the last 90 days); never reversed. */
    private StockReportQueries.Filter filter(long school, LocalDate from, LocalDate to, Long store, Long category, Long item) {
        LocalDate today = clock.today();
        LocalDate last = to != null ? to : today;
        LocalDate end = last;
        LocalDate start = from != null ? from : organization.currentSemester(school)
                .map(OrganizationApi.SemesterRef::startsOn).filter(d -> !d.isAfter(last)).orElse(last.minusDays(89));
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (ChronoUnit.DAYS.between(start, end) > 3660) {
            start = end.minusDays(3660);
        }
        return new StockReportQueries.Filter(start, end, store, category, item);
    }

    /** What each row's key means to a reader: a department's name, the repairs, the distribution, a month. */
    private Map<String, String> labels(long school, List<StockReportQueries.ConsumptionRow> rows) {
        Map<Long, String> departments = organization.departmentNames(school);
        Map<String, String> labels = new java.util.HashMap<>();
        for (StockReportQueries.ConsumptionRow row : rows) {
            String label = row.key();
            if (row.departmentId() != null) {
                label = departments.getOrDefault(row.departmentId(), row.key());
            } else if (row.documentType() != null) {
                label = texts.get("report.consumption.document." + row.documentType());
            }
            labels.put(row.key(), label);
        }
        return labels;
    }
}
