package org.houqin.platform.files;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the files folder, {@code houqin.files.*}.
 *
 * @param reserve   an upload is refused when it would leave less free space than this on the disk of the files
 *                  folder, so the database, its write-ahead log and the logs beside it never run out first
 * @param orphanAge a file without its row is removed by the nightly sweep once it is this old (a younger one may
 *                  belong to an upload whose transaction has not committed yet)
 */
@ConfigurationProperties("houqin.files")
public record FilesProperties(
        @DefaultValue("500MB") DataSize reserve,
        @DefaultValue("1d") Duration orphanAge) {

    public FilesProperties {
        if (reserve.isNegative() || orphanAge.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("houqin.files.reserve must not be negative and houqin.files.orphan-age"
                    + " must be an hour or more");
        }
    }
}
