package org.houqin.assets.imports;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 导入资产台账: upload, map the columns, check every row, write the cards, see what was imported. */
@Controller
@RequestMapping("/assets/import")
class AssetImportController {

    /** The report on the page stops here; the downloaded one has every row. */
    static final int SHOWN_ERRORS = 200;

    /** One line of the mapping page: a field, its column (if any) and the first row's value in that column. */
    public record MappingRow(String param, String label, boolean required, String hint, String chosen, String sample) {
    }

    /** The fields whose accepted values the mapping page spells out. */
    private static final java.util.Set<AssetImportField> HINTED = java.util.EnumSet.of(AssetImportField.NUMBER,
            AssetImportField.CATEGORY, AssetImportField.PURCHASED_ON, AssetImportField.QUANTITY,
            AssetImportField.UNIT_VALUE, AssetImportField.VALUE, AssetImportField.FUNDING_SOURCE,
            AssetImportField.LIFE_YEARS, AssetImportField.ROOM, AssetImportField.DEPARTMENT,
            AssetImportField.CUSTODIAN, AssetImportField.STATUS);

    private final AssetImports imports;
    private final Texts texts;

    AssetImportController(AssetImports imports, Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String start() {
        return "assets/import";
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    void template(HttpServletResponse response) throws IOException {
        Downloads.excel(response, texts.get("assetImport.template.file") + ".xlsx");
        ExcelExport.template(response.getOutputStream(), texts.get("assetImport.template.sheet"),
                Arrays.stream(AssetImportField.values()).map(f -> texts.get(f.messageKey())).toList(),
                List.of("", "学生课桌椅", "6010000", "1200×600 单人", "", "", "某某教学设备有限公司", "2024-08-20", "40",
                        "350.00", "14000.00", "财政拨款", "15", "A-101", "总务处", "李秀兰", "在用", "", "",
                        "初一(1)班"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        CurrentUser me = CurrentUser.get();
        String name = file.getOriginalFilename();
        if (file.isEmpty() || name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            model.addAttribute("importError", texts.get("import.error.file"));
            return "assets/import";
        }
        try {
            UUID id = imports.upload(me.requireSchool(), me, file.getBytes());
            return "redirect:/assets/import/" + id;
        } catch (RuleViolation violation) {
            model.addAttribute("importError", texts.get(violation.messageKey(), violation.args()));
            return "assets/import";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String mapping(@PathVariable UUID id, Model model) {
        CurrentUser me = CurrentUser.get();
        AssetImportSheet.Preview preview = imports.preview(me.requireSchool(), me, id);
        AssetImportMapping guess = AssetImportMapping.guess(preview.headers(), f -> texts.get(f.messageKey()));
        return mappingPage(model, id, preview, guess, null, false);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String run(@PathVariable UUID id, @RequestParam Map<String, String> params,
               @RequestParam(defaultValue = "false") boolean validOnly, Model model, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        long school = me.requireSchool();
        AssetImportSheet.Preview preview = imports.preview(school, me, id);
        AssetImportMapping mapping = AssetImportMapping.chosen(params, preview.headers());
        if (!mapping.missing().isEmpty() || !mapping.repeated().isEmpty()) {
            String problem = !mapping.missing().isEmpty()
                    ? texts.get("assetImport.mapping.missing", mapping.missing().stream()
                            .map(f -> texts.get(f.messageKey())).collect(java.util.stream.Collectors.joining("、")))
                    : texts.get("assetImport.mapping.repeated", String.join("、", mapping.repeated()));
            return mappingPage(model, id, preview, mapping, problem, validOnly);
        }
        AssetImports.Outcome outcome;
        try {
            outcome = imports.run(school, me, id, mapping, validOnly, LocaleContextHolder.getLocale());
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return mappingPage(model, id, preview, mapping, texts.get("assetImport.error.concurrent"), validOnly);
        }
        if (!outcome.report().written()) {
            model.addAttribute("outcome", outcome);
            model.addAttribute("shownErrors", outcome.report().errors().stream().limit(SHOWN_ERRORS).toList());
            model.addAttribute("validRows", outcome.report().total() - distinctRows(outcome));
            mappingPage(model, id, preview, mapping, null, validOnly);
            return "assets/import-check";
        }
        redirect.addFlashAttribute("cards", outcome.cards());
        redirect.addFlashAttribute("items", outcome.items());
        redirect.addFlashAttribute("value", outcome.value());
        redirect.addFlashAttribute("total", outcome.report().total());
        redirect.addFlashAttribute("skipped", outcome.report().total() - outcome.cards());
        redirect.addFlashAttribute("errorCount", outcome.report().errors().size());
        return "redirect:/assets/import/" + id + "/done";
    }

    @GetMapping("/{id}/done")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    String done(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("cards")) {
            return "redirect:/assets";
        }
        model.addAttribute("id", id);
        return "assets/import-done";
    }

    @GetMapping("/{id}/report.xlsx")
    @PreAuthorize("hasAuthority('assets:asset:write')")
    void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        CurrentUser me = CurrentUser.get();
        byte[] report = imports.report(me.requireSchool(), me, id).orElseThrow(() -> new NotFoundException("import", 0L));
        Downloads.excel(response, texts.get("assetImport.report.file") + ".xlsx");
        response.getOutputStream().write(report);
    }

    private String mappingPage(Model model, UUID id, AssetImportSheet.Preview preview, AssetImportMapping mapping,
                               String problem, boolean validOnly) {
        model.addAttribute("id", id);
        model.addAttribute("preview", preview);
        model.addAttribute("rows", Arrays.stream(AssetImportField.values()).map(f -> new MappingRow(
                AssetImportMapping.param(f), texts.get(f.messageKey()), f.required(),
                HINTED.contains(f) ? texts.get("assetImport.hint." + f.name()) : null, mapping.header(f),
                mapping.has(f) ? preview.sample(mapping.header(f)) : "")).toList());
        model.addAttribute("mappingError", problem);
        model.addAttribute("validOnly", validOnly);
        return "assets/import-mapping";
    }

    private static long distinctRows(AssetImports.Outcome outcome) {
        return outcome.report().errors().stream().mapToInt(e -> e.row()).distinct().count();
    }
}
