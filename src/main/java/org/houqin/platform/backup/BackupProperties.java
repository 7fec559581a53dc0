package org.houqin.platform.backup;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.backup.*}: when the nightly backup runs (a cron in the school's zone, {@code -} for never), how many
 * days of archives it keeps, where it writes them (empty: {@code <data-dir>/backups}) and when the last one counts as
 * too old. Settings of the installation, not of a school: one archive holds every school.
 */
@ConfigurationProperties("houqin.backup")
public record BackupProperties(
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("14") int keepDays,
        Path folder,
        @DefaultValue("36h") Duration alertAfter) {

    public BackupProperties {
        if (keepDays < 1) {
            throw new IllegalArgumentException("houqin.backup.keep-days must be at least 1: " + keepDays);
        }
    }

    Path folderUnder(Path dataDir) {
        return (folder == null ? dataDir.resolve("backups") : folder).toAbsolutePath().normalize();
    }
}
