package org.houqin.platform.backup;

import java.util.List;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.PermissionSet;
import org.houqin.platform.web.HomeTiles;
import org.houqin.platform.web.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 系统管理 → 数据备份 in the menu, the permission, and on the home page of whoever manages backups a tile when the
 * last backup failed or is too old (the platform may not call the notifications module, which builds on it).
 */
@Configuration(proxyBeanMethods = false)
class BackupShell implements HomeTiles {

    private final Backups backups;
    private final BackupAccess access;
    private final Texts texts;

    BackupShell(Backups backups, BackupAccess access, Texts texts) {
        this.backups = backups;
        this.access = access;
        this.texts = texts;
    }

    @Bean
    PermissionSet backupPermissionSet() {
        return PermissionSet.of("platform", BackupAccess.MANAGE);
    }

    @Bean
    MenuItems backupMenu() {
        return MenuItems.of(new MenuItem("menu.section.admin", "backup.menu", "/admin/backups", BackupAccess.MANAGE,
                "⛁", 940));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        if (!user.can(BackupAccess.MANAGE) || !access.manages(user)) {
            return List.of();
        }
        return backups.alert().map(a -> new Tile("backup.tile", texts.get(a.key() + ".short"), "/admin/backups"))
                .stream().toList();
    }
}
