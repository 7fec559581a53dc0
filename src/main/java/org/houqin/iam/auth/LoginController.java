package org.houqin.iam.auth;

import org.houqin.iam.user.UserService;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; before the first administrator exists it sends people to the setup page. */
@Controller
class LoginController {

    private final UserService users;
    private final HouqinProperties properties;

    LoginController(UserService users, HouqinProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(Model model) {
        if (SystemWork.call(users::noneYet)) {
            return "redirect:/setup";
        }
        if (CurrentUser.find().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("maxFailures", properties.security().maxFailedLogins());
        model.addAttribute("lockMinutes", properties.security().lockDuration().toMinutes());
        return "iam/login";
    }
}
