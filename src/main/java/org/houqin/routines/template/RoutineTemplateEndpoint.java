package org.houqin.routines.template;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.StaleVersion;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.ChecklistTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 检查表 over JSON: the school's checklists, one with its items, the library, a copy and a revision. */
@RestController
@RequestMapping("/api/v1/routines/templates")
@Tag(name = "Routine templates", description = "检查表")
class RoutineTemplateEndpoint {

    /** A checklist with its current version's items. */
    @Schema(name = "RoutineTemplate")
    record TemplateJson(long id, String code, String name, String category, String source, String libraryCode,
                        int currentVersion, long versionId, boolean active, int version, List<ChecklistItem> items) {

        static TemplateJson of(Templates.Stored s) {
            return new TemplateJson(s.id(), s.code(), s.name(), s.category(), s.source(), s.libraryCode(),
                    s.currentVersion(), s.versionId(), s.active(), s.version(), s.template().items());
        }
    }

    /** A checklist of the library, to copy by its code. */
    @Schema(name = "RoutineLibraryTemplate")
    record LibraryJson(String code, String name, String category, String source, int items) {

        static LibraryJson of(ChecklistTemplate t) {
            return new LibraryJson(t.code(), t.name(), t.category(), t.source(), t.items().size());
        }
    }

    /** Which library checklist to copy. */
    @Schema(name = "RoutineTemplateCopy")
    record CopyBody(@NotBlank(message = "{validation.required}") String libraryCode) {
    }

    private final Templates templates;

    RoutineTemplateEndpoint(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('routines:template:read')")
    @Operation(summary = "List the school's checklists", description = "category filters; q searches name, "
            + "category and code; sort = name, category or code.")
    ApiPage<Templates.Row> list(@Parameter(hidden = true) CurrentUser me, @ModelAttribute ListQuery query,
                                @RequestParam(required = false) String category) {
        var page = templates.page(me.requireSchool(), query, category == null || category.isBlank() ? null : category);
        return ApiPage.from(page, page.items());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:template:read')")
    @Operation(summary = "One checklist", description = "Its current version's items, with the version to send "
            + "back with a revision.")
    TemplateJson get(@Parameter(hidden = true) CurrentUser me, @PathVariable long id) {
        return TemplateJson.of(find(me, id));
    }

    @GetMapping("/library")
    @PreAuthorize("hasAuthority('routines:template:read')")
    @Operation(summary = "The library of default checklists", description = "q searches name and category; in "
            + "the order of their codes.")
    ApiPage<LibraryJson> library(@ModelAttribute ListQuery query) {
        String q = query.q().toLowerCase(Locale.ROOT);
        return ApiPage.page(templates.library().stream()
                .filter(t -> q.isEmpty() || t.name().contains(q) || t.category().contains(q) || t.code().contains(q))
                .map(LibraryJson::of).toList(), query);
    }

    @PostMapping("/copy")
    @PreAuthorize("hasAuthority('routines:template:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy a library checklist into the school", description = "Its version 1; a second copy "
            + "gets a code with a number. An unknown library code gets 400.")
    TemplateJson copy(@Parameter(hidden = true) CurrentUser me, @Valid @RequestBody CopyBody body) {
        return TemplateJson.of(find(me, templates.copy(me.requireSchool(), body.libraryCode(), me.userId())));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('routines:template:write')")
    @Operation(summary = "Revise a checklist", description = "Saves the items as the next version; records keep "
            + "theirs. Send the version read (or If-Match); a stale version gets 409 with the current one.")
    TemplateJson revise(@Parameter(hidden = true) CurrentUser me, @PathVariable long id,
                        @Valid @RequestBody TemplateForm form) {
        find(me, id);
        StaleVersion.guard(() -> find(me, id).version(),
                () -> templates.revise(me.requireSchool(), id, form, me.userId()));
        return TemplateJson.of(find(me, id));
    }

    private Templates.Stored find(CurrentUser me, long id) {
        return templates.find(me.requireSchool(), id).orElseThrow(() -> new NotFoundException("template", id));
    }
}
