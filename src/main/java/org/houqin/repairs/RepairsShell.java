package org.houqin.repairs;

import java.util.ArrayList;
import java.util.List;

import org.houqin.organization.SchoolCreated;
import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.settings.SettingGroup;
import org.houqin.platform.web.HomeTiles;
import org.houqin.repairs.category.CategoryService;
import org.houqin.repairs.settings.RepairSettingKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The repairs menu, its settings, the home page's repair figures, and the default categories of a new school. */
@Configuration(proxyBeanMethods = false)
class RepairsShell implements HomeTiles {

    private static final String SECTION = "menu.section.repairs";

    private final RepairTileQueries counts;
    private final CategoryService categories;

    RepairsShell(RepairTileQueries counts, CategoryService categories) {
        this.counts = counts;
        this.categories = categories;
    }

    @Bean
    MenuItems repairsMenu() {
        return MenuItems.of(
                new MenuItem(SECTION, "menu.repairs.report", "/repairs/new", RepairsPermissions.REPORT, "✚", 100),
                new MenuItem(SECTION, "menu.repairs.list", "/repairs", RepairsPermissions.READ, "⚒", 110),
                new MenuItem(SECTION, "menu.repairs.board", "/repairs/board", RepairsPermissions.DISPATCH, "▤", 120),
                new MenuItem(SECTION, "menu.repairs.tasks", "/repairs/tasks", RepairsPermissions.WORK, "✔", 130),
                new MenuItem(SECTION, "menu.repairs.plans", "/repairs/plans", RepairsPermissions.PLAN_READ, "↻", 140),
                new MenuItem(SECTION, "menu.repairs.stats", "/repairs/stats", RepairsPermissions.STATS_READ, "▁", 150),
                new MenuItem(SECTION, "menu.repairs.categories", "/repairs/categories", RepairsPermissions.CATEGORY_WRITE, "☰", 160));
    }

    /** The repair settings, changed on 系统设置. */
    @Bean
    SettingGroup repairSettingGroup() {
        return RepairSettingKeys.GROUP;
    }

    @EventListener
    void on(SchoolCreated school) {
        categories.createDefaults(school.schoolId());
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        List<Tile> tiles = new ArrayList<>();
        long school = user.requireSchool();
        if (user.can(RepairsPermissions.DISPATCH)) {
            tiles.add(new Tile("home.repairs.new", String.valueOf(counts.waiting(school)), "/repairs/board"));
            tiles.add(new Tile("home.repairs.overdue", String.valueOf(counts.overdue(school)),
                    "/repairs?view=OPEN&sort=due"));
        }
        if (user.can(RepairsPermissions.WORK)) {
            tiles.add(new Tile("home.repairs.tasks", String.valueOf(counts.openTasks(school, user.userId())),
                    "/repairs/tasks"));
        }
        if (user.can(RepairsPermissions.REPORT)) {
            tiles.add(new Tile("home.repairs.mine", String.valueOf(counts.myOpenReports(school, user.userId())),
                    "/repairs?mine=true"));
        }
        return tiles;
    }
}
