package org.houqin.platform.ops;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.ops.metrics-from}: comma-separated address ranges (CIDR) whose monitoring servers may read the health
 * details and the metrics without signing in. Empty by default: then only a signed-in administrator may.
 */
@ConfigurationProperties("houqin.ops")
public record OpsProperties(@DefaultValue List<String> metricsFrom) {

    public OpsProperties {
        metricsFrom = metricsFrom == null ? List.of() : List.copyOf(metricsFrom);
        AddressRanges.parse(metricsFrom);
    }

    public AddressRanges ranges() {
        return AddressRanges.parse(metricsFrom);
    }
}
