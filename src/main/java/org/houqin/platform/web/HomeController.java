package org.houqin.platform.web;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: what each module has to show this user at a glance. */
@Controller
class HomeController {

    private final List<HomeTiles> tiles;

    HomeController(List<HomeTiles> tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("tiles", user.schoolId() == null ? List.of()
                : tiles.stream().flatMap(t -> t.tilesFor(user).stream()).toList());
        return "home";
    }
}
