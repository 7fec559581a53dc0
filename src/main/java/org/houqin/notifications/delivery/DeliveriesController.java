package org.houqin.notifications.delivery;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Htmx;
import org.houqin.platform.web.ListQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知发送记录: what went out by e-mail and robot, what is waiting for a retry, what failed; failed ones retried by hand. */
@Controller
@RequestMapping("/notifications/deliveries")
class DeliveriesController {

    private final Deliveries deliveries;
    private final RetryPolicy retries;

    DeliveriesController(Deliveries deliveries, RetryPolicy retries) {
        this.deliveries = deliveries;
        this.retries = retries;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('notifications:delivery:read')")
    String list(@ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) Deliveries.Status status, CurrentUser me, Model model,
                HttpServletRequest request) {
        model.addAttribute("page", deliveries.page(me.requireSchool(), status, query));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Deliveries.Status.values());
        model.addAttribute("sortKey", Deliveries.SORTS.key(query));
        model.addAttribute("maxAttempts", retries.maxAttempts());
        return Htmx.view(request, "notifications/deliveries");
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAuthority('notifications:settings:write')")
    String retry(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        deliveries.retry(me.requireSchool(), id);
        redirect.addFlashAttribute("flash", "notification.delivery.flash.retried");
        return "redirect:/notifications/deliveries";
    }
}
