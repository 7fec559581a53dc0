package org.houqin.iam.token;

import jakarta.validation.Valid;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
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

/** 个人设置 › API 令牌: any signed-in user makes tokens for their integrations, sees their last use and revokes them. */
@Controller
@RequestMapping("/account/tokens")
class AccountTokenController {

    private final ApiTokens tokens;
    private final SchoolClock clock;

    AccountTokenController(ApiTokens tokens, SchoolClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token's form starts read-write, for every module, expiring a year from today. */
    @ModelAttribute("form")
    TokenForm form() {
        TokenForm form = new TokenForm();
        form.setExpiresOn(tokens.suggestedExpiry());
        return form;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@ModelAttribute("form") TokenForm form, CurrentUser me, Model model) {
        return page(me, model);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors, CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        String token = errors.hasErrors() ? null
                : Forms.attempt(errors, () -> tokens.create(me.userId(), form.toRequest()));
        if (token == null) {
            return page(me, model);
        }
        redirect.addFlashAttribute("newToken", token);
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        tokens.revoke(me.userId(), id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account/tokens";
    }

    private String page(CurrentUser me, Model model) {
        model.addAttribute("tokens", tokens.of(me.userId()));
        model.addAttribute("moduleChoices", tokens.moduleChoices());
        model.addAttribute("today", clock.today());
        model.addAttribute("latestExpiry", clock.today().plusYears(TokenExpiry.MAX_YEARS));
        return "iam/tokens";
    }
}
