package org.houqin.platform.web;

import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Lets templates hide what a user may not do: {@code th:if="${@perm.can('places:room:write')}"}. */
@Component("perm")
public class Permissions {

    public boolean can(String permission) {
        return CurrentUser.find().map(user -> user.can(permission)).orElse(false);
    }
}
