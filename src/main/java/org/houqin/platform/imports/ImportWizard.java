package org.houqin.platform.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of an import: upload, map the columns, check every row, see what was written, download the template and
 * the problems. A module's import controller maps each step to one of these methods, with its own URL and its own
 * {@code @PreAuthorize} on every handler (Spring Security reads those from the method's own class, so handlers
 * inherited from a shared base class would go unguarded).
 */
public final class ImportWizard<L> {

    /** The report on the page stops here; the downloaded one has every row. */
    static final int SHOWN_ERRORS = 200;

    /**
     * One line of the mapping page: a field, its column (if any) and the first row's value in that column, and for a
     * field that either of two columns may fill, the second column.
     */
    public record MappingRow(String param, String label, boolean required, String hint, String chosen, String sample,
                             boolean either, String secondParam, String second) {
    }

    /** The rows the user may choose as the header: the first rows of the sheet. */
    static final int HEADER_CHOICES = ImportLimits.TITLE_ROWS;

    private final ImportRuns runs;
    private final ImportKind<L> kind;
    private final ImportPage page;
    private final MessageSource messages;

    public ImportWizard(ImportRuns runs, ImportKind<L> kind, ImportPage page, MessageSource messages) {
        this.runs = runs;
        this.kind = kind;
        this.page = page;
        this.messages = messages;
    }

    public String start(Model model) {
        return uploadPage(model, null);
    }

    public void template(HttpServletResponse response) throws IOException {
        String title = text(page.titleKey());
        Downloads.excel(response, text("import.template.file", title) + ".xlsx");
        ExcelExport.template(response.getOutputStream(), title,
                kind.fields().stream().map(f -> text(f.labelKey())).toList(), kind.example());
    }

    public String upload(MultipartFile file, Model model) {
        String name = file.getOriginalFilename();
        if (file.isEmpty() || name == null || !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return uploadPage(model, text("import.error.file", kind.limits().uploadMegabytes()));
        }
        try {
            CurrentUser me = CurrentUser.get();
            UUID id = runs.upload(kind, me.requireSchool(), me, file, locale());
            return "redirect:" + page.baseUrl() + "/" + id;
        } catch (RuleViolation violation) {
            return uploadPage(model, text(violation.messageKey(), violation.args()));
        }
    }

    public String mapping(UUID id, Model model) {
        ImportPreview preview = preview(id);
        return mappingPage(model, id, preview, runs.guess(kind, preview, locale()), null, false);
    }

    /**
     * The mapping page's and the values page's form: read the header again where the user says it is; or check the
     * columns, then ask about the values no record names exactly, then check and import.
     */
    public String run(UUID id, Map<String, String> params, boolean validOnly, Model model, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        if (params.containsKey("headerRow")) {
            return reheader(id, params, model);
        }
        ImportPreview preview = preview(id);
        ImportMapping mapping = ImportMapping.chosen(params, preview.headers(), kind.fields());
        String problem = mappingProblem(mapping);
        if (problem != null) {
            return mappingPage(model, id, preview, mapping, problem, validOnly);
        }
        ValueReview review = runs.review(kind, me.requireSchool(), me, id, mapping, params, locale());
        if (!review.answered()) {
            mappingPage(model, id, preview, mapping, null, validOnly);
            model.addAttribute("questions", review.questions());
            model.addAttribute("valuesAsked", params.keySet().stream().anyMatch(k -> k.startsWith("va_")));
            return "imports/values";
        }
        ImportReport report;
        try {
            report = runs.run(kind, me.requireSchool(), me, id, mapping, review, validOnly, locale());
        } catch (DuplicateKeyException raced) {
            return mappingPage(model, id, preview, mapping, text("import.error.concurrent"), validOnly);
        }
        model.addAttribute("questions", review.questions());
        return report.written() ? done(redirect, id, report) : checked(model, id, preview, mapping, report, validOnly);
    }

    private String reheader(UUID id, Map<String, String> params, Model model) {
        CurrentUser me = CurrentUser.get();
        String row = params.get("headerRow");
        ImportPreview preview = preview(id);
        try {
            preview = runs.reheader(kind, me.requireSchool(), me, id, row.matches("\\d{1,2}") ? Integer.parseInt(row) : 0,
                    "true".equals(params.get("twoRows")), locale());
        } catch (RuleViolation violation) {
            return mappingPage(model, id, preview, runs.guess(kind, preview, locale()),
                    text(violation.messageKey(), violation.args()), false);
        }
        return mappingPage(model, id, preview, runs.guess(kind, preview, locale()), null, false);
    }

    public String done(UUID id, Model model) {
        if (!model.containsAttribute("imported")) {
            return "redirect:" + page.listUrl();
        }
        model.addAttribute("page", page);
        model.addAttribute("id", id);
        return "imports/done";
    }

    public void report(UUID id, HttpServletResponse response) throws IOException {
        CurrentUser me = CurrentUser.get();
        byte[] report = runs.report(kind, me.requireSchool(), me, id).orElseThrow(() -> new NotFoundException("import", id));
        Downloads.excel(response, text("import.report.file", text(page.titleKey())) + ".xlsx");
        response.getOutputStream().write(report);
    }

    /** Nothing was written: the problems, and the way to import only the valid rows. */
    private String checked(Model model, UUID id, ImportPreview preview, ImportMapping mapping, ImportReport report,
                           boolean validOnly) {
        model.addAttribute("report", report);
        model.addAttribute("shownErrors", report.errors().stream().limit(SHOWN_ERRORS).toList());
        model.addAttribute("shownNotes", report.notes().stream().limit(SHOWN_ERRORS).toList());
        mappingPage(model, id, preview, mapping, null, validOnly);
        return "imports/check";
    }

    private String done(RedirectAttributes redirect, UUID id, ImportReport report) {
        redirect.addFlashAttribute("summary", report.summary());
        redirect.addFlashAttribute("total", report.total());
        redirect.addFlashAttribute("imported", report.imported());
        redirect.addFlashAttribute("errorCount", report.errors().size() + report.notes().size());
        redirect.addFlashAttribute("notes", new ArrayList<>(report.notes().stream().limit(SHOWN_ERRORS)
                .map(n -> text("import.note.line", n.row(), n.column().isEmpty() ? "" : n.column() + "：", n.message()))
                .toList()));
        return "redirect:" + page.baseUrl() + "/" + id + "/done";
    }

    private ImportPreview preview(UUID id) {
        CurrentUser me = CurrentUser.get();
        return runs.preview(kind, me.requireSchool(), me, id);
    }

    private String mappingProblem(ImportMapping mapping) {
        List<ImportField> missing = kind.missing(mapping);
        if (!missing.isEmpty()) {
            return text("import.mapping.missing", missing.stream().map(f -> text(f.labelKey()))
                    .collect(Collectors.joining("、")));
        }
        List<String> repeated = mapping.repeated();
        return repeated.isEmpty() ? null : text("import.mapping.repeated", String.join("、", repeated));
    }

    private String uploadPage(Model model, String error) {
        model.addAttribute("page", page);
        model.addAttribute("limits", kind.limits());
        model.addAttribute("importError", error);
        return "imports/upload";
    }

    private String mappingPage(Model model, UUID id, ImportPreview preview, ImportMapping mapping, String problem,
                               boolean validOnly) {
        model.addAttribute("page", page);
        model.addAttribute("id", id);
        model.addAttribute("preview", preview);
        model.addAttribute("rows", kind.fields().stream().map(f -> new MappingRow(ImportMapping.param(f),
                text(f.labelKey()), f.required(), f.hintKey() == null ? null : text(f.hintKey()),
                mapping.header(f.key()), mapping.has(f.key()) ? preview.sample(mapping.header(f.key())) : "",
                f.either(), ImportMapping.secondParam(f), mapping.second(f.key()))).toList());
        model.addAttribute("headerChoices", IntStream.rangeClosed(1, HEADER_CHOICES).boxed().toList());
        model.addAttribute("mappingError", problem);
        model.addAttribute("validOnly", validOnly);
        return "imports/mapping";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
