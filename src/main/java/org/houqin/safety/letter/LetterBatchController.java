package org.houqin.safety.letter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Downloads;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 责任书下发: the batches with their rates, issuing one, a batch's roster by department, 催签, 续签 and its export. */
@Controller
@RequestMapping("/safety/letter-batches")
class LetterBatchController {

    private final LetterBatches batches;
    private final LetterIssue issue;
    private final LetterTemplates templates;
    private final IamApi iam;
    private final OrganizationApi organization;
    private final SchoolClock clock;
    private final Texts texts;

    LetterBatchController(LetterBatches batches, LetterIssue issue, LetterTemplates templates, IamApi iam,
                          OrganizationApi organization, SchoolClock clock, Texts texts) {
        this.batches = batches;
        this.issue = issue;
        this.templates = templates;
        this.iam = iam;
        this.organization = organization;
        this.clock = clock;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String list(CurrentUser me, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) String year, Model model, HttpServletRequest request) {
        long school = me.requireSchool();
        String shown = year == null || year.isBlank() ? SchoolYears.of(clock.today()) : year;
        model.addAttribute("page", batches.page(school, query, year == null || year.isBlank() ? null : year));
        model.addAttribute("year", year);
        model.addAttribute("years", batches.schoolYears(school));
        model.addAttribute("shownYear", shown);
        model.addAttribute("yearRate", batches.ofYear(school, shown));
        return Htmx.view(request, "safety/letter-batches");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String issueForm(CurrentUser me, @RequestParam(required = false) Long template, Model model) {
        LetterIssueForm form = new LetterIssueForm();
        form.setSubmissionKey(Submissions.newKey());
        form.setTemplateId(template);
        form.setSchoolYear(SchoolYears.of(clock.today()));
        return form(model, me.requireSchool(), form);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String create(CurrentUser me, @Valid @ModelAttribute("form") LetterIssueForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> issue.issue(school, me, form),
                id -> "/safety/letter-batches/" + id, () -> form(model, school, form));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String batch(CurrentUser me, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        model.addAttribute("batch", find(school, id));
        model.addAttribute("departments", batches.byDepartment(school, id));
        model.addAttribute("departmentNames", organization.departmentNames(school));
        List<Letters.Row> roster = batches.roster(school, me, id);
        model.addAttribute("roster", roster);
        model.addAttribute("missing", roster.stream().filter(Letters.Row::pending).map(Letters.Row::personName)
                .toList());
        model.addAttribute("roleNames", roleNames(school));
        model.addAttribute("renewKey", Submissions.newKey());
        return "safety/letter-batch";
    }

    @PostMapping("/{id}/remind")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String remind(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        long school = me.requireSchool();
        int reminded = batches.remind(school, me, find(school, id));
        redirect.addFlashAttribute("flashText", texts.get(reminded == 0 ? "letter.flash.remindedNone"
                : "letter.flash.reminded", reminded));
        return "redirect:/safety/letter-batches/" + id;
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    String renew(CurrentUser me, @PathVariable long id, @RequestParam(required = false) java.util.UUID submissionKey,
                 RedirectAttributes redirect) {
        long renewed = issue.renew(me.requireSchool(), me, id, submissionKey);
        redirect.addFlashAttribute("flash", "letter.flash.renewed");
        return "redirect:/safety/letter-batches/" + renewed;
    }

    @GetMapping("/{id}/roster.xlsx")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    void export(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        LetterBatches.Row batch = find(school, id);
        Map<Long, String> departments = organization.departmentNames(school);
        Downloads.excel(response, batch.number() + ".xlsx");
        ExcelExport.write(response.getOutputStream(), batch.title(), List.of(
                new ExcelColumn<Letters.Row>(texts.get("letter.person"), Letters.Row::personName),
                new ExcelColumn<>(texts.get("letter.department"), l -> departments.get(l.departmentId())),
                new ExcelColumn<>(texts.get("letter.status"), l -> texts.label(l.status())),
                new ExcelColumn<>(texts.get("letter.signedAt"), Letters.Row::signedAt),
                new ExcelColumn<>(texts.get("letter.remindedOn"), Letters.Row::remindedOn)),
                batches.roster(school, me, id));
    }

    private Map<String, String> roleNames(long school) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        iam.roles(school).forEach(role -> names.put(role.code(), role.name()));
        return names;
    }

    private LetterBatches.Row find(long school, long id) {
        return batches.find(school, id).orElseThrow(() -> new NotFoundException("letter batch", id));
    }

    private String form(Model model, long school, LetterIssueForm form) {
        model.addAttribute("form", form);
        model.addAttribute("templates", templates.all(school).stream().filter(t -> !t.role().printableOnly()).toList());
        model.addAttribute("roles", iam.roles(school));
        model.addAttribute("departments", organization.departmentNames(school));
        return "safety/letter-batch-form";
    }
}
