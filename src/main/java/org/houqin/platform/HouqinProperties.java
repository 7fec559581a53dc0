package org.houqin.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of Houqin in one place, bound from {@code houqin.*} (and the HOUQIN_* environment variables).
 * Regulatory and security numbers live here with their defaults, never as literals in code.
 */
@ConfigurationProperties("houqin")
public record HouqinProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue("auto") DemoMode demo,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Security security,
        @DefaultValue Audit audit,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue Dates dates) {

    public record Db(String url, String user, String password, @DefaultValue("5") int poolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public enum DemoMode { AUTO, ON, OFF }

    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration failureWindow,
            @DefaultValue("15m") Duration lockDuration,
            @DefaultValue("12h") Duration absoluteSessionLifetime,
            @DefaultValue("10") int passwordHashCost,
            @DefaultValue("1MB") DataSize maxJsonSize,
            @DefaultValue("1MB") DataSize maxFormSize,
            @DefaultValue("20") int maxApiTokensPerUser) {

        public Security {
            if (passwordHashCost < 4 || passwordHashCost > 31) {
                throw new IllegalArgumentException("houqin.security.password-hash-cost is bcrypt's cost, 4 to 31: "
                        + passwordHashCost);
            }
            if (maxApiTokensPerUser < 1) {
                throw new IllegalArgumentException("houqin.security.max-api-tokens-per-user must be positive");
            }
            if (maxJsonSize.toBytes() < 1 || maxFormSize.toBytes() < 1) {
                throw new IllegalArgumentException("houqin.security.max-json-size and max-form-size must be positive");
            }
        }
    }

    public record Audit(@DefaultValue("184") int retentionDays) {
    }

    /** The dates a form or the API accepts (platform.web.PlausibleDate): a year typed wrong is refused at its field. */
    public record Dates(
            @DefaultValue("1950-01-01") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earliest,
            @DefaultValue("2100-12-31") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate latest) {

        public Dates {
            if (earliest.isAfter(latest)) {
                throw new IllegalArgumentException("houqin.dates.earliest is after houqin.dates.latest: " + earliest
                        + " > " + latest);
            }
        }

        public boolean include(LocalDate date) {
            return !date.isBefore(earliest) && !date.isAfter(latest);
        }
    }

    /** Demo data is loaded on the zero-configuration embedded database unless switched off, never on production. */
    public boolean demoEnabled() {
        return switch (demo) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !db.external();
        };
    }
}
