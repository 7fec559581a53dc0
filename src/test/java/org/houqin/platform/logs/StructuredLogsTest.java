package org.houqin.platform.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * JSON logs are Spring Boot's structured logging ({@code logging.structured.format.console=ecs} or {@code logstash}):
 * the request's id reaches them as a field of its own. And the settings of the logs bind as documented.
 */
class StructuredLogsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void aJsonLineCarriesTheRequestId(String format) {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment());
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("houqin.requests"), Level.INFO,
                "id=5F2A9C1E user=7 school=1 method=GET route=/repairs/{id} status=200 ms=12", null, null);
        event.setMDCPropertyMap(Map.of(RequestIds.MDC_KEY, "5F2A9C1E"));
        String json = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{").contains("\"requestId\":\"5F2A9C1E\"").contains("houqin.requests")
                .contains("route=/repairs/{id}");
    }

    @Test
    void theSettingsBindWithTheirDefaults() {
        LogsProperties defaults = bind(Map.of());
        assertThat(defaults.slowQuery()).isEqualTo(Duration.ofMillis(200));
        assertThat(defaults.requests()).isTrue();
        assertThat(defaults.requestIdHeader()).isTrue();
        LogsProperties set = bind(Map.of("houqin.logs.slow-query", "1s", "houqin.logs.requests", "false",
                "houqin.logs.request-id-header", "false"));
        assertThat(set.slowQuery()).isEqualTo(Duration.ofSeconds(1));
        assertThat(set.requests()).isFalse();
        assertThat(set.requestIdHeader()).isFalse();
    }

    private static LogsProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("houqin.logs",
                LogsProperties.class);
    }
}
