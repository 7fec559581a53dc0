package org.houqin.iam.auth;

import java.util.Optional;

import org.houqin.iam.user.UserService;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, which returns to the page it was asked for; before the first administrator exists it sends
 * people to the setup page.
 */
@Controller
class LoginController {

    private final UserService users;
    private final HouqinProperties properties;

    LoginController(UserService users, HouqinProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    /** {@code next}: the local page to return to after signing in ({@link LoginTarget}); anything else is ignored. */
    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(@RequestParam(name = LoginTarget.PARAMETER, required = false) String next, Model model) {
        if (SystemWork.call(users::noneYet)) {
            return "redirect:/setup";
        }
        Optional<String> target = LoginTarget.local(next);
        if (CurrentUser.find().isPresent()) {
            return "redirect:" + target.orElse("/");
        }
        model.addAttribute("next", target.orElse(null));
        model.addAttribute("maxFailures", properties.security().maxFailedLogins());
        model.addAttribute("lockMinutes", properties.security().lockDuration().toMinutes());
        return "iam/login";
    }
}
