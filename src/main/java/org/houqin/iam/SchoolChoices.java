package org.houqin.iam;

import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ShellAttributes;
import org.springframework.stereotype.Component;

/** A district user's schools, for the top bar's switcher. */
@Component
class SchoolChoices implements ShellAttributes {

    private final OrganizationApi organization;

    SchoolChoices(OrganizationApi organization) {
        this.organization = organization;
    }

    @Override
    public void contribute(CurrentUser user, Map<String, Object> model) {
        model.put("schoolChoices", user.district() ? organization.schools() : List.of());
    }
}
