package org.houqin.iam.user;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 个人设置: any signed-in user changes their own password (their API tokens: iam.token.AccountTokenController). */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserService users;

    AccountController(UserService users) {
        this.users = users;
    }

    @GetMapping("/password")
    @PreAuthorize("isAuthenticated()")
    String passwordForm() {
        return "iam/password";
    }

    @PostMapping("/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirm, CurrentUser me, Model model,
                          RedirectAttributes redirect, jakarta.servlet.http.HttpSession session) {
        BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "form");
        if (!password.equals(confirm)) {
            errors.rejectValue("confirm", "password.mismatch");
        } else {
            Forms.attempt(errors, () -> {
                users.changeOwnPassword(me.userId(), me.username(), current, password, session.getId());
                return true;
            });
        }
        if (errors.hasErrors()) {
            model.addAttribute("errors", errors);
            return "iam/password";
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/";
    }
}
