package org.houqin.safety.hazard;

import org.houqin.iam.IamApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A hazard's page: the hazard, its photos before and after, its history, and the steps the reader may take. */
@Component
class HazardPage {

    private final Hazards hazards;
    private final IamApi iam;
    private final Attachments attachments;

    HazardPage(Hazards hazards, IamApi iam, Attachments attachments) {
        this.hazards = hazards;
        this.iam = iam;
        this.attachments = attachments;
    }

    String show(Model model, CurrentUser me, HazardRow hazard) {
        long school = me.requireSchool();
        model.addAttribute("hazard", hazard);
        model.addAttribute("history", hazards.history(school, hazard.id()));
        model.addAttribute("photos", attachments.of(school, "hazard", hazard.id()));
        model.addAttribute("photosAfter", attachments.of(school, "hazard-after", hazard.id()));
        model.addAttribute("actions", HazardActions.of(hazard, me));
        if (me.can(SafetyPermissions.HAZARD_MANAGE) && hazard.status().open()) {
            model.addAttribute("people", iam.users(school));
        }
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", new HazardForms.Step());
        }
        return "safety/hazard";
    }
}
