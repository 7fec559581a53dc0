package org.houqin.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.menu.Menu;
import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's shell needs: the user, the menu, the current path for highlighting, and what modules add through
 * {@link ShellAttributes}. Filled in after the handler, only for a page about to be rendered: a JSON answer, a
 * redirect or an htmx table fragment costs none of its queries.
 */
@ControllerAdvice
class ShellModel implements HandlerInterceptor {

    private final Menu menu;
    private final ObjectProvider<ShellAttributes> contributors;

    ShellModel(Menu menu, ObjectProvider<ShellAttributes> contributors) {
        this.menu = menu;
        this.contributors = contributors;
    }

    /** Control characters never reach the database, as in JSON ({@link JsonInput}); other input is kept as typed. */
    @InitBinder
    void stripControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(ControlCharacters.strip(text));
            }
        });
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || !page.isReference() || page.getViewName().startsWith("redirect:")
                || page.getViewName().startsWith("forward:") || Htmx.wantsTable(request)) {
            return;
        }
        addTo(page.getModel(), request.getRequestURI());
    }

    void addTo(Map<String, Object> model, String path) {
        CurrentUser user = CurrentUser.find().orElse(null);
        List<Menu.Section> sections = user == null ? List.of() : menu.sectionsFor(user);
        model.putIfAbsent("me", user);
        model.putIfAbsent("menuSections", sections);
        model.putIfAbsent("currentPath", path);
        model.putIfAbsent("activeMenuPath", activeMenuPath(sections, path));
        if (user != null) {
            contributors.orderedStream().forEach(contributor -> contributor.contribute(user, model));
        }
    }

    /** The menu entry to highlight: the longest entry path the current path lies under (/repairs/board, not /repairs). */
    private static String activeMenuPath(List<Menu.Section> sections, String path) {
        return sections.stream().flatMap(section -> section.items().stream()).map(MenuItem::path)
                .filter(item -> path.equals(item) || path.startsWith(item + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }
}
