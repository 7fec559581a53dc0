package org.houqin.platform.waiting;

import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 待办: everything waiting for me, oldest first, of one kind when asked (an unknown kind shows all). */
@Controller
class WaitingController {

    private final Waiting waiting;

    WaitingController(Waiting waiting) {
        this.waiting = waiting;
    }

    @GetMapping("/waiting")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String kind, CurrentUser me, Model model) {
        if (!waiting.concerns(me)) {
            // the same rule as the menu's entry: nothing of the school can wait for this user
            return "redirect:/";
        }
        model.addAttribute("inbox", waiting.inbox(me, kind));
        return "waiting/list";
    }
}
