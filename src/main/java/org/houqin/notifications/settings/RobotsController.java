package org.houqin.notifications.settings;

import java.util.Optional;

import jakarta.validation.Valid;
import org.houqin.notifications.delivery.Channel;
import org.houqin.notifications.delivery.WebhookUrlPolicy;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 群机器人: the school's 企业微信 and 钉钉 group robots, and a test post to see that one is connected. */
@Controller
@RequestMapping("/notifications/webhooks")
class RobotsController {

    private final SchoolRobots robots;
    private final WebhookUrlPolicy urls;

    RobotsController(SchoolRobots robots, WebhookUrlPolicy urls) {
        this.robots = robots;
        this.urls = urls;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String form(CurrentUser me, Model model) {
        return page(model, robots.find(me.requireSchool()).map(RobotsForm::of).orElseGet(RobotsForm::new));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String save(@Valid @ModelAttribute("form") RobotsForm form, BindingResult errors, CurrentUser me, Model model,
                RedirectAttributes redirect) {
        long school = me.requireSchool();
        return Forms.submit(errors, redirect, () -> robots.save(school, form), "/notifications/webhooks",
                () -> page(model, form));
    }

    /** Posts a test message to the saved robot now, while the administrator waits (a few seconds at most). */
    @PostMapping("/test")
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String test(@RequestParam Channel channel, CurrentUser me, RedirectAttributes redirect) {
        Optional<String> failure = robots.test(me.requireSchool(), channel);
        if (failure.isPresent()) {
            redirect.addFlashAttribute("flashError", "notification.robot.test.failed");
            redirect.addFlashAttribute("robotTestFailure", failure.get());
        } else {
            redirect.addFlashAttribute("flash", "notification.robot.test.sent");
        }
        return "redirect:/notifications/webhooks";
    }

    private String page(Model model, RobotsForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allowedHosts", urls.allowedHosts());
        return "notifications/webhooks";
    }
}
