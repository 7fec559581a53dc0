package org.houqin.platform.backup;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may run and download backups: an archive holds every school of the installation, so only an administrator
 * (the permission {@value #MANAGE}) who sees every school — the district's administrator, or a school's when the
 * installation holds that school alone. A school's administrator in a district sees the page with that explanation.
 */
@Component
class BackupAccess {

    static final String MANAGE = "platform:backup:manage";

    private final JdbcClient jdbc;

    BackupAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean manages(CurrentUser user) {
        return user.can(MANAGE) && (user.district() || user.visibleSchoolIds().containsAll(everySchool()));
    }

    private List<Long> everySchool() {
        return SystemWork.call(() -> jdbc.sql("SELECT id FROM organization.school").query(Long.class).list());
    }
}
