package org.houqin.platform.logs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the logs, {@code houqin.logs.*}.
 *
 * @param requests        one line per request on the logger {@code houqin.requests}
 * @param slowQuery       a statement slower than this is logged on {@code houqin.sql.slow}
 * @param requestIdHeader take a well-formed {@code X-Request-Id} from the reverse proxy as the request's id
 */
@ConfigurationProperties("houqin.logs")
public record LogsProperties(
        @DefaultValue("true") boolean requests,
        @DefaultValue("200ms") Duration slowQuery,
        @DefaultValue("true") boolean requestIdHeader) {

    public LogsProperties {
        if (slowQuery.isNegative()) {
            throw new IllegalArgumentException("houqin.logs.slow-query must not be negative: " + slowQuery);
        }
    }
}
