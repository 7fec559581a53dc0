package org.houqin.platform.web;

import java.util.Map;

import org.houqin.platform.security.CurrentUser;

/**
 * What a module adds to every rendered page's shell (the unread count on the bell, the current semester in the top
 * bar). Asked only when a page is rendered, never for JSON, redirects or table fragments.
 */
public interface ShellAttributes {

    void contribute(CurrentUser user, Map<String, Object> model);
}
