package org.houqin.notifications.settings;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.houqin.notifications.delivery.Channel;
import org.houqin.notifications.delivery.WebhookSender;
import org.houqin.notifications.delivery.WebhookUrlPolicy;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
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
    private final WebhookSender sender;
    private final WebhookUrlPolicy urls;
    private final MessageSource messages;
    private final OrganizationApi organization;

    RobotsController(SchoolRobots robots, WebhookSender sender, WebhookUrlPolicy urls, MessageSource messages,
                     OrganizationApi organization) {
        this.robots = robots;
        this.sender = sender;
        this.urls = urls;
        this.messages = messages;
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String form(Model model) {
        long school = CurrentUser.get().requireSchool();
        return page(model, robots.find(school).map(RobotsForm::of).orElseGet(RobotsForm::new));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String save(@Valid @ModelAttribute("form") RobotsForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        return Forms.submit(errors, redirect, () -> robots.save(school, form), "/notifications/webhooks",
                () -> page(model, form));
    }

    /** Posts a test message to the saved robot now, while the administrator waits (a few seconds at most). */
    @PostMapping("/test")
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String test(@RequestParam Channel channel, RedirectAttributes redirect) {
        long school = CurrentUser.get().requireSchool();
        SchoolRobots.Row saved = robots.find(school).orElseThrow(() -> RuleViolation.of("notification.robot.test.none"));
        String url = switch (channel) {
            case WECOM -> saved.wecomUrl();
            case DINGTALK -> saved.dingtalkUrl();
            case EMAIL -> null;
        };
        if (url == null) {
            throw RuleViolation.of("notification.robot.test.none");
        }
        String schoolName = organization.school(school).map(OrganizationApi.SchoolRef::name).orElse("");
        String content = messages.getMessage("notification.robot.test.content", new Object[] {schoolName},
                Locale.SIMPLIFIED_CHINESE);
        Optional<String> failure = sender.send(channel, url, content);
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
