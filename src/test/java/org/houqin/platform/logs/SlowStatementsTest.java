package org.houqin.platform.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.Stream;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** A statement slower than houqin.logs.slow-query is logged with the route that ran it, never with its values. */
class SlowStatementsTest extends IntegrationTest {

    private static final String SECRET = "Geheim-4711";

    @Autowired
    private SlowStatements slow;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void theThresholdIsTwoHundredMillisecondsUnlessSet() {
        assertThat(slow.threshold()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aSlowStatementIsLoggedWithItsRouteButNotItsBoundValues() {
        Duration before = slow.threshold();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/repairs/42");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/repairs/{id}");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try (LogLines lines = new LogLines("houqin.sql.slow")) {
            slow.threshold(Duration.ofMillis(30));
            jdbc.sql("SELECT pg_sleep(0.06), CAST(? AS text) AS secret").param(SECRET).query().listOfRows();
            String thread = Thread.currentThread().getName();
            assertThat(lines.events().stream().filter(e -> e.getThreadName().equals(thread))
                    .map(ILoggingEvent::getFormattedMessage))
                    .singleElement().asString()
                    .matches("slow statement ms=\\d+ route=/repairs/\\{id} sql=SELECT pg_sleep\\(0\\.06\\), .*")
                    .contains("CAST(? AS text)").doesNotContain(SECRET);
        } finally {
            slow.threshold(before);
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void aPageRequestsStatementsCarryTheRoutePattern() {
        Duration before = slow.threshold();
        try (LogLines lines = new LogLines("houqin.sql.slow")) {
            var director = login("director");
            slow.threshold(Duration.ZERO);
            assertThat(director.get("/repairs?q=" + SECRET).status()).isEqualTo(200);
            slow.threshold(before);
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.lines().stream()
                    .anyMatch(line -> line.contains(" route=/repairs sql=")));
            assertThat(lines.lines()).noneMatch(line -> line.contains(SECRET));
        } finally {
            slow.threshold(before);
        }
    }

    @Test
    void aStatementStreamedInATransactionGivesBackTheTransactionsConnection() {
        // Spring releases the connection a statement names: a raw one would be closed under the transaction
        Long total = transactions.execute(status -> {
            try (Stream<Long> ids = jdbc.sql("SELECT id FROM generate_series(1, 50) AS id").withFetchSize(10)
                    .query(Long.class).stream()) {
                return ids.mapToLong(Long::longValue).sum();
            }
        });
        assertThat(total).isEqualTo(1275L);
    }

    @Test
    void onlyTheFirstTwoHundredCharactersOfALongStatementAreLogged() {
        String sql = "SELECT " + "1 + ".repeat(100) + "1";
        assertThat(SlowStatements.start(sql)).hasSize(201).startsWith("SELECT 1 + 1").endsWith("…");
        assertThat(SlowStatements.start("SELECT\n   1\n\tFROM x")).isEqualTo("SELECT 1 FROM x");
    }
}
