package org.houqin.routines.completion;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** 完成情况: the completion table with its filters, and the same table as an Excel workbook. */
@Controller
@RequestMapping("/routines/completion")
class CompletionController {

    private final CompletionReport reports;
    private final Texts texts;

    CompletionController(CompletionReport reports, Texts texts) {
        this.reports = reports;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:completion:read')")
    String show(CurrentUser me, @ModelAttribute("filter") CompletionFilter filter, Model model) {
        long school = me.requireSchool();
        model.addAttribute("report", reports.report(school, filter));
        model.addAttribute("schedules", reports.schedules(school));
        model.addAttribute("groups", CompletionFilter.Group.values());
        model.addAttribute("periods", CompletionFilter.Period.values());
        return "routines/completion";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('routines:completion:read')")
    void export(CurrentUser me, @ModelAttribute("filter") CompletionFilter filter, HttpServletResponse response)
            throws IOException {
        CompletionReport.Report report = reports.report(me.requireSchool(), filter);
        String title = texts.get("routine.completion.title");
        Downloads.excel(response, title + " " + report.from() + "_" + report.to() + ".xlsx");
        ExcelExport.write(response.getOutputStream(), title, List.of(
                new ExcelColumn<CompletionReport.Line>(texts.get(filter.getGroup().messageKey()),
                        l -> l.label() == null ? "—" : l.label()),
                new ExcelColumn<>(texts.get("routine.completion.due"), l -> l.completion().due()),
                new ExcelColumn<>(texts.get("routine.completion.done"), l -> l.completion().done()),
                new ExcelColumn<>(texts.get("routine.completion.late"), l -> l.completion().late()),
                new ExcelColumn<>(texts.get("routine.completion.missed"), l -> l.completion().missed()),
                new ExcelColumn<>(texts.get("routine.completion.pending"), l -> l.completion().pending()),
                new ExcelColumn<>(texts.get("routine.completion.rate"), CompletionReport.Line::rate)),
                report.lines());
    }
}
