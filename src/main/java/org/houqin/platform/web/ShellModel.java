package org.houqin.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.platform.menu.Menu;
import org.houqin.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's shell needs: the user, the menu, the current path for highlighting. */
@ControllerAdvice
class ShellModel {

    private final Menu menu;

    ShellModel(Menu menu) {
        this.menu = menu;
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
}
