package org.houqin.assets.category;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.excel.ExcelImport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 导入资产分类: the school's own table or an official GB/T 14885 one, row by row with a report. */
@Controller
@RequestMapping("/assets/categories/import")
class AssetCategoryImportController {

    private final AssetCategories categories;
    private final MessageSource messages;
    private final Texts texts;

    AssetCategoryImportController(AssetCategories categories, MessageSource messages, Texts texts) {
        this.categories = categories;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String page() {
        return "assets/category-import";
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAuthority('assets:settings:write')")
    void template(HttpServletResponse response) throws IOException {
        Downloads.excel(response, texts.get("assetCategory.import.template") + ".xlsx");
        ExcelExport.template(response.getOutputStream(), texts.get("assetCategory.import.title"),
                AssetCategories.IMPORT_HEADERS, List.of("2010100", "台式计算机", "6", "否"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('assets:settings:write')")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean validOnly,
                  Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > ExcelImport.MAX_BYTES) {
            model.addAttribute("importError", texts.get("import.error.file"));
            return "assets/category-import";
        }
        try (var in = file.getInputStream()) {
            var rows = ExcelImport.read(in, List.of("分类代码", "分类名称"));
            model.addAttribute("report", categories.importRows(CurrentUser.get().requireSchool(), rows, validOnly,
                    messages, LocaleContextHolder.getLocale()));
        } catch (RuleViolation violation) {
            model.addAttribute("importError", texts.get(violation.messageKey(), violation.args()));
        }
        return "assets/category-import";
    }
}
