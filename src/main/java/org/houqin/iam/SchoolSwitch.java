package org.houqin.iam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** District users read many schools: the top bar's switcher chooses the one the pages show. */
@Controller
class SchoolSwitch {

    private final OrganizationApi organization;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SchoolSwitch(OrganizationApi organization) {
        this.organization = organization;
    }

    @PostMapping("/schools/switch")
    @PreAuthorize("isAuthenticated()")
    String switchSchool(@RequestParam long schoolId, CurrentUser user, HttpServletRequest request,
                        HttpServletResponse response) {
        if (!user.district() || organization.school(schoolId).isEmpty()) {
            throw new NotFoundException("school", schoolId);
        }
        var current = SecurityContextHolder.getContext().getAuthentication();
        var switched = UsernamePasswordAuthenticationToken.authenticated(user.inSchool(schoolId), null,
                current.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(switched);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}
