package org.houqin.safety.hazard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 隐患统计 per semester, with the sentence for the work summary (工作总结). */
@Controller
class HazardStatsController {

    private final HazardStatsQueries stats;
    private final OrganizationApi organization;
    private final Texts texts;
    private final SchoolClock clock;

    HazardStatsController(HazardStatsQueries stats, OrganizationApi organization, Texts texts, SchoolClock clock) {
        this.stats = stats;
        this.organization = organization;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/safety/hazards/stats")
    @PreAuthorize("hasAuthority('safety:archive:read')")
    String stats(@RequestParam(required = false) Long semester, CurrentUser me, Model model) {
        long school = me.requireSchool();
        List<OrganizationApi.SemesterRef> semesters = organization.semesters(school);
        Optional<OrganizationApi.SemesterRef> current = organization.currentSemester(school);
        OrganizationApi.SemesterRef chosen = semesters.stream().filter(s -> semester != null && s.id() == semester)
                .findFirst().or(() -> current).orElse(null);
        model.addAttribute("semesters", semesters);
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            Instant from = clock.startOf(chosen.startsOn());
            Instant to = clock.startOf(chosen.endsOn().plusDays(1));
            HazardStatsQueries.Totals totals = stats.totals(school, from, to, clock.now());
            boolean thisOne = current.map(c -> c.id() == chosen.id()).orElse(false);
            model.addAttribute("totals", totals);
            model.addAttribute("sentence", sentence(texts, thisOne ? texts.get("hazard.stats.thisSemester")
                    : chosen.name(), totals));
            model.addAttribute("byLevel", stats.byLevel(school, from, to));
            model.addAttribute("byCategory", stats.byCategory(school, from, to));
        }
        return "safety/hazard-stats";
    }

    /** "本学期排查隐患 23 处，已整改 21 处，整改率 91.3%". */
    static String sentence(Texts texts, String period, HazardStatsQueries.Totals totals) {
        if (totals.found() == 0) {
            return texts.get("hazard.stats.sentence.none", period);
        }
        return texts.get("hazard.stats.sentence", period, String.valueOf(totals.found()),
                String.valueOf(totals.closed()), totals.rate().toPlainString());
    }
}
