package org.houqin.iam.setup;

import jakarta.validation.Valid;
import org.houqin.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 初始化: the page that creates the first administrator, open only while there is no user at all. */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final FirstRun firstRun;

    SetupController(FirstRun firstRun) {
        this.firstRun = firstRun;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    String form(@ModelAttribute("form") SetupForm form) {
        return firstRun.needed() ? "iam/setup" : "redirect:/login";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String setup(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!firstRun.needed()) {
            return "redirect:/login";
        }
        Boolean done = errors.hasErrors() ? null : Forms.attempt(errors, () -> {
            firstRun.run(form);
            return true;
        });
        if (done == null) {
            form.setPassword(null);
            form.setConfirm(null);
            return "iam/setup";
        }
        redirect.addFlashAttribute("setupDone", true);
        return "redirect:/login";
    }
}
