package org.houqin.routines;

import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.houqin.routines.record.MyRounds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The records side's menu (我的检查, 检查记录) and the home page's 我的待检. */
@Configuration(proxyBeanMethods = false)
class RoutineRecordsShell implements HomeTiles {

    private static final String SECTION = "menu.section.routines";

    private final MyRounds rounds;

    RoutineRecordsShell(MyRounds rounds) {
        this.rounds = rounds;
    }

    @Bean
    MenuItems routineRecordsMenu() {
        return MenuItems.of(
                new MenuItem(SECTION, "menu.routines.mine", "/routines/mine", RoutinesPermissions.RECORD_FILL, "✓", 100),
                new MenuItem(SECTION, "menu.routines.records", "/routines/records",
                        List.of(RoutinesPermissions.RECORD_FILL, RoutinesPermissions.COMPLETION_READ), "☷", 110));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        List<Tile> tiles = new ArrayList<>();
        if (user.can(RoutinesPermissions.RECORD_FILL) && user.schoolId() != null) {
            tiles.add(new Tile("home.routines.mine", String.valueOf(rounds.openCount(user)), "/routines/mine"));
        }
        return tiles;
    }
}
