package org.houqin.safety;

import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.houqin.safety.letter.Letters;
import org.houqin.safety.rule.Rules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letters' and rules' menu entries under 安全管理, and the home page's 待签责任书. */
@Configuration(proxyBeanMethods = false)
class LettersShell implements HomeTiles {

    private final Letters letters;
    private final Rules rules;

    LettersShell(Letters letters, Rules rules) {
        this.letters = letters;
        this.rules = rules;
    }

    @Bean
    MenuItems lettersMenu() {
        String section = "menu.section.safety";
        return MenuItems.of(
                new MenuItem(section, "letter.menu.mine", "/safety/letters/mine", SafetyPermissions.LETTER_SIGN,
                        "✍", 740),
                new MenuItem(section, "letter.menu.list", "/safety/letters", SafetyPermissions.LETTER_SIGN, "☰",
                        741),
                new MenuItem(section, "letter.menu.batches", "/safety/letter-batches",
                        SafetyPermissions.LETTER_WRITE, "✉", 742),
                new MenuItem(section, "letter.menu.templates", "/safety/letter-templates",
                        SafetyPermissions.LETTER_WRITE, "▤", 743),
                new MenuItem(section, "rule.menu", "/safety/rules", SafetyPermissions.RULE_READ, "§", 745));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        List<Tile> tiles = new ArrayList<>();
        long school = user.requireSchool();
        if (user.can(SafetyPermissions.LETTER_SIGN)) {
            long pending = letters.pendingOf(school, user.userId());
            if (pending > 0) {
                tiles.add(new Tile("letter.home.toSign", String.valueOf(pending), "/safety/letters/mine"));
            }
        }
        if (user.can(SafetyPermissions.RULE_READ)) {
            long unread = rules.unreadCount(school, user);
            if (unread > 0) {
                tiles.add(new Tile("rule.home.toRead", String.valueOf(unread), "/safety/rules"));
            }
        }
        return tiles;
    }
}
