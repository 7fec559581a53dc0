package org.houqin.warehouse.distribution;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A class of a plan: its page (list, hand-overs with signatures, returns), the hand-over form on the store's tablet
 * where the class teacher signs, and the return form.
 */
@Controller
@RequestMapping("/warehouse/distributions/{planId}/classes/{id}")
class HandoverController {

    private static final String READ = "hasAuthority('warehouse:item:read')";
    private static final String WRITE = "hasAuthority('warehouse:distribution:write')";
    private static final String ISSUE_VIEW = "warehouse/distribution-issue";
    private static final String RETURN_VIEW = "warehouse/distribution-return";

    private final Handovers handovers;
    private final Distributions distributions;
    private final Attachments attachments;
    private final SchoolClock clock;

    HandoverController(Handovers handovers, Distributions distributions, Attachments attachments, SchoolClock clock) {
        this.handovers = handovers;
        this.distributions = distributions;
        this.attachments = attachments;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(READ)
    String detail(CurrentUser me, @PathVariable long planId, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("row", handovers.classRow(school, planId, id));
        model.addAttribute("lines", handovers.lines(school, id, plan.storeId()));
        model.addAttribute("handovers", handovers.handovers(school, id));
        model.addAttribute("handed", handovers.handedLines(school, id));
        model.addAttribute("returns", handovers.returns(school, id));
        model.addAttribute("returned", handovers.returnedLines(school, id));
        return "warehouse/distribution-class";
    }

    @GetMapping("/issue")
    @PreAuthorize(WRITE)
    String issueForm(CurrentUser me, @PathVariable long planId, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        Distributions.Plan plan = issuing(school, planId);
        Handovers.ClassRow row = handovers.classRow(school, planId, id);
        if (row.status() == ClassStatus.ISSUED) {
            throw RuleViolation.of("distribution.class.state.issued");
        }
        HandoverForm form = new HandoverForm();
        form.setIssuedOn(clock.today());
        form.setReceiverName(row.teacherName());
        form.setVersion(row.version());
        for (Handovers.ClassLineRow line : handovers.lines(school, id, plan.storeId())) {
            BigDecimal now = line.remaining().min(line.available()).max(BigDecimal.ZERO);
            form.getLines().add(new ClassLineQuantity(line.id(), ClassLineQuantity.plain(now)));
        }
        return form(model, school, form, plan, row, ISSUE_VIEW);
    }

    @PostMapping("/issue")
    @PreAuthorize(WRITE)
    String issue(CurrentUser me, @PathVariable long planId, @PathVariable long id,
                 @Valid @ModelAttribute("form") HandoverForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        return submit(me, planId, id, form, errors, model, redirect, ISSUE_VIEW, "distribution.flash.issued",
                (school, user) -> handovers.handOver(school, user, planId, id, form),
                row -> "/warehouse/distributions/" + planId + "?grade=" + row.gradeId());
    }

    @GetMapping("/return")
    @PreAuthorize(WRITE)
    String returnForm(CurrentUser me, @PathVariable long planId, @PathVariable long id, Model model) {
        long school = me.requireSchool();
        Distributions.Plan plan = issuing(school, planId);
        Handovers.ClassRow row = handovers.classRow(school, planId, id);
        ReturnForm form = new ReturnForm();
        form.setReturnedOn(clock.today());
        form.setReturnedBy(row.teacherName());
        form.setVersion(row.version());
        handovers.lines(school, id, plan.storeId()).forEach(line -> form.getLines().add(new ClassLineQuantity(line.id(),
                null)));
        return form(model, school, form, plan, row, RETURN_VIEW);
    }

    @PostMapping("/return")
    @PreAuthorize(WRITE)
    String takeBack(CurrentUser me, @PathVariable long planId, @PathVariable long id,
                    @Valid @ModelAttribute("form") ReturnForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return submit(me, planId, id, form, errors, model, redirect, RETURN_VIEW, "distribution.flash.returned",
                (school, user) -> handovers.takeBack(school, user, planId, id, form),
                row -> "/warehouse/distributions/" + planId + "/classes/" + id);
    }

    @GetMapping("/signatures/{fileId}")
    @PreAuthorize(READ)
    void signature(CurrentUser me, @PathVariable long planId, @PathVariable long id, @PathVariable UUID fileId,
                   HttpServletResponse response) throws IOException {
        long school = me.requireSchool();
        handovers.classRow(school, planId, id);
        Attachments.Attachment file = attachments.find(school, fileId)
                .filter(a -> a.ownerId() == id && "distribution".equals(a.ownerType()))
                .orElseThrow(() -> new NotFoundException("distribution file", fileId));
        attachments.serve(response, file, false);
    }

    /** The plan, refused unless its classes are being handed their books. */
    private Distributions.Plan issuing(long school, long planId) {
        Distributions.Plan plan = distributions.find(school, planId);
        if (plan.status() != DistributionStatus.ISSUING) {
            throw RuleViolation.of("distribution.state." + plan.status().name().toLowerCase(Locale.ROOT));
        }
        return plan;
    }

    /** A hand-over or return of a class, for a bound form: back to {@code next} with the flash, or the form again. */
    private String submit(CurrentUser me, long planId, long id, ClassListForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect, String view, String flash, Command command,
                          Function<Handovers.ClassRow, String> next) {
        long school = me.requireSchool();
        Distributions.Plan plan = distributions.find(school, planId);
        Handovers.ClassRow row = handovers.classRow(school, planId, id);
        String page = Forms.submit(errors, redirect, () -> command.run(school, me), done -> next.apply(row),
                () -> form(model, school, form, plan, row, view));
        if (page.startsWith("redirect:")) {
            redirect.addFlashAttribute("flash", flash);
        }
        return page;
    }

    /** What a hand-over or return does once the form is valid. */
    private interface Command {
        long run(long school, CurrentUser me);
    }

    private String form(Model model, long school, ClassListForm form, Distributions.Plan plan, Handovers.ClassRow row,
                        String view) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("row", row);
        model.addAttribute("lines", handovers.lines(school, row.id(), plan.storeId()));
        return view;
    }
}
