package org.houqin.notifications.settings;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的通知设置: every signed-in user chooses the address their notifications are e-mailed to. */
@Controller
@RequestMapping("/notifications/settings")
class MySettingsController {

    private final UserChannels channels;
    private final boolean mailConfigured;

    MySettingsController(UserChannels channels, ObjectProvider<JavaMailSender> mail) {
        this.channels = channels;
        this.mailConfigured = mail.getIfAvailable() != null;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String form(CurrentUser me, Model model) {
        EmailForm form = channels.find(me.userId()).map(EmailForm::of).orElseGet(EmailForm::new);
        return page(model, form);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String save(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, CurrentUser me, Model model,
                RedirectAttributes redirect) {
        return Forms.submit(errors, redirect, () -> channels.save(me.requireSchool(), me.userId(), form),
                "/notifications/settings", () -> page(model, form));
    }

    private String page(Model model, EmailForm form) {
        model.addAttribute("form", form);
        model.addAttribute("mailConfigured", mailConfigured);
        return "notifications/settings";
    }
}
