package org.houqin.notifications.inbox;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知: everyone's own inbox, and the unread count on the bell in the top bar. */
@Controller
@RequestMapping("/notifications")
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@ModelAttribute("query") ListQuery query, CurrentUser me, Model model) {
        model.addAttribute("page", inbox.page(me.userId(), query));
        return "notifications/inbox";
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@PathVariable long id, CurrentUser me) {
        String link = inbox.open(me.userId(), id).orElseThrow(() -> new NotFoundException("notification", id));
        return "redirect:" + link;
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(CurrentUser me, RedirectAttributes redirect) {
        inbox.readAll(me.userId());
        redirect.addFlashAttribute("flash", "notification.flash.allRead");
        return "redirect:/notifications";
    }
}
