package org.houqin.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.menu.Menu;
import org.houqin.platform.security.CurrentUser;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's shell needs: the user, the menu, the current path for highlighting. */
@ControllerAdvice
class ShellModel {

    private final Menu menu;

    ShellModel(Menu menu) {
        this.menu = menu;
    }

    /** NUL characters never reach the database (PostgreSQL refuses them in text); other input is kept as typed. */
    @InitBinder
    void stripNul(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : text.replace("\u0000", ""));
            }
        });
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("menuSections")
    List<Menu.Section> menuSections() {
        return CurrentUser.find().map(menu::sectionsFor).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The menu entry to highlight: the longest entry path the current path lies under (/repairs/board, not /repairs). */
    @ModelAttribute("activeMenuPath")
    String activeMenuPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return CurrentUser.find().map(menu::sectionsFor).orElse(List.of()).stream()
                .flatMap(section -> section.items().stream()).map(org.houqin.platform.menu.MenuItem::path)
                .filter(item -> path.equals(item) || path.startsWith(item + "/"))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }
}
