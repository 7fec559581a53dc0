package org.houqin.routines.record;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.Texts;
import org.houqin.routines.records.MyRoles;
import org.houqin.routines.records.RoutineRecords;
import org.houqin.routines.records.TemplateVersionQueries;
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

/** 我的检查 and filling a round on a phone at the place. */
@Controller
@RequestMapping("/routines")
class RoundController {

    private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final MyRounds mine;
    private final RoundQueries rounds;
    private final MyRoles roles;
    private final TemplateVersionQueries versions;
    private final RoutineRecords records;
    private final SchoolClock clock;
    private final Texts texts;

    RoundController(MyRounds mine, RoundQueries rounds, MyRoles roles, TemplateVersionQueries versions,
                    RoutineRecords records, SchoolClock clock, Texts texts) {
        this.mine = mine;
        this.rounds = rounds;
        this.roles = roles;
        this.versions = versions;
        this.records = records;
        this.clock = clock;
        this.texts = texts;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('routines:record:fill')")
    String mine(CurrentUser me, Model model) {
        model.addAttribute("rounds", mine.of(me));
        return "routines/record-mine";
    }

    @GetMapping("/rounds/{id}")
    @PreAuthorize("hasAuthority('routines:record:fill')")
    String fillForm(@PathVariable long id, CurrentUser me, Model model, RedirectAttributes redirect) {
        RoundQueries.Round round = myRound(me, id);
        if (round.recordId() != null) {
            redirect.addFlashAttribute("flash", "routine.record.flash.done");
            return "redirect:/routines/records/" + round.recordId();
        }
        TemplateVersionQueries.Version version = current(me, round);
        return RecordFormPage.show(model, header(me, round), version, RecordForm.of(version.number()), Map.of());
    }

    @PostMapping("/rounds/{id}")
    @PreAuthorize("hasAuthority('routines:record:fill')")
    String fill(@PathVariable long id, CurrentUser me, @ModelAttribute("form") RecordForm form, BindingResult errors,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        long school = me.requireSchool();
        RoundQueries.Round round = myRound(me, id);
        TemplateVersionQueries.Version version = current(me, round);
        Filing filing = Filing.attempt(errors, texts, () -> records.fill(school, me, id,
                form.filled(version.template(), RecordFormPage.photos(request)), form.getTemplateVersion(),
                form.getSubmissionKey()));
        if (filing.filed()) {
            redirect.addFlashAttribute("flash", "routine.record.flash.submitted");
            return "redirect:/routines/records/" + filing.recordId();
        }
        if (filing.templateChanged()) {
            form.setTemplateVersion(version.number());
        }
        return RecordFormPage.show(model, header(me, round), version, form, filing.itemErrors());
    }

    private RoundQueries.Round myRound(CurrentUser me, long id) {
        long school = me.requireSchool();
        return rounds.one(school, id)
                .filter(r -> roles.mayFill(school, me.userId(), r.assigneeUserId(), r.assigneeRoleId()))
                .orElseThrow(() -> new NotFoundException("routine round", id));
    }

    private TemplateVersionQueries.Version current(CurrentUser me, RoundQueries.Round round) {
        return versions.current(me.requireSchool(), round.templateId())
                .orElseThrow(() -> new NotFoundException("routine template", round.templateId()));
    }

    private RecordFormPage.Header header(CurrentUser me, RoundQueries.Round round) {
        String window = WINDOW.format(clock.at(round.opensAt())) + " ～ " + WINDOW.format(clock.at(round.dueAt()));
        return new RecordFormPage.Header(round.templateName(), round.roomId() == null ? null
                : mine.rooms(me.requireSchool()).get(round.roomId()), window, "/routines/rounds/" + round.id(),
                "/routines/mine", null);
    }
}
