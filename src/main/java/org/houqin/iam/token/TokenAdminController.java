package org.houqin.iam.token;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.iam.IamPermissions;
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

/** 系统管理 › API 令牌: every token of the school's accounts, for those who manage the accounts, with revoke. */
@Controller
@RequestMapping("/admin/tokens")
class TokenAdminController {

    private final SchoolTokens tokens;

    TokenAdminController(SchoolTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + IamPermissions.USER_READ + "')")
    String list(@ModelAttribute("query") ListQuery query, @RequestParam(required = false) Long owner,
                @RequestParam(required = false) TokenStatus status, CurrentUser me, Model model,
                HttpServletRequest request) {
        long school = me.requireSchool();
        model.addAttribute("page", tokens.page(school, query, new SchoolTokens.Filter(owner, status)));
        model.addAttribute("sortKey", SchoolTokens.SORTS.key(query));
        model.addAttribute("owners", tokens.owners(school));
        model.addAttribute("owner", owner);
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(TokenStatus.values()));
        return Htmx.view(request, "iam/token-admin");
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasAuthority('" + IamPermissions.USER_WRITE + "')")
    String revoke(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        tokens.revoke(me.requireSchool(), id, me.userId());
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/admin/tokens";
    }
}
