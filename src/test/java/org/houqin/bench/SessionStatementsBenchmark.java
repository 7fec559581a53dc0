package org.houqin.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Statements and transactions the application's pool runs per request, counted by a JDBC proxy around the pool:
 * a signed-in page, a JSON call of a signed-in user and an API call with a bearer token. Not part of
 * {@code ./mvnw verify}; run it with {@code ./mvnw verify -Dbench.excluded=none -Dtest=SessionStatementsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints a table and the statements of one request of each kind.
 */
@Tag("bench")
class SessionStatementsBenchmark extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("(hq_[A-Za-z0-9_-]{20,})");
    private static final int REPEATS = 20;

    @Test
    void statementsPerRequest() {
        WebUser director = login("director");
        String token = token(director);
        WebUser integration = WebUser.anonymous(port);
        Map<String, java.util.function.Supplier<Integer>> requests = new java.util.LinkedHashMap<>();
        requests.put("page /places/buildings", () -> director.get("/places/buildings").status());
        requests.put("page /repairs", () -> director.get("/repairs").status());
        requests.put("session GET /api/v1/rooms", () -> director.get("/api/v1/rooms?page=3").status());
        requests.put("token GET /api/v1/rooms", () -> integration.getWithToken("/api/v1/rooms?page=3", token).status());
        StringBuilder table = new StringBuilder("\n| request | statements | transactions | connections | status |\n"
                + "|---|---|---|---|---|\n");
        StringBuilder detail = new StringBuilder();
        requests.forEach((name, request) -> {
            request.get();
            Counter.reset();
            int status = 0;
            for (int i = 0; i < REPEATS; i++) {
                status = request.get();
            }
            table.append(String.format("| %s | %.1f | %.1f | %.1f | %d |%n", name,
                    Counter.statements.get() / (double) REPEATS, Counter.transactions() / (double) REPEATS,
                    Counter.connections.get() / (double) REPEATS, status));
            Counter.reset();
            request.get();
            detail.append("\n").append(name).append(":\n");
            new TreeMap<>(Counter.texts).forEach((sql, count) -> detail.append(String.format("  %3d  %s%n", count.get(),
                    sql)));
        });
        System.out.println(table);
        System.out.println(detail);
        System.out.println(deserialisation(director));
    }

    /** What reading the stored security context costs in CPU, without the database. */
    private String deserialisation(WebUser user) {
        String id = new String(java.util.Base64.getDecoder().decode(user.sessionId()),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = jdbc.sql("""
                SELECT a.attribute_bytes FROM platform.spring_session_attributes a
                JOIN platform.spring_session s ON s.primary_id = a.session_primary_id
                WHERE s.session_id = ? AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                """).param(id).query(byte[].class).single();
        var converter = new org.springframework.core.serializer.support.DeserializingConverter();
        for (int i = 0; i < 2_000; i++) {
            converter.convert(bytes);
        }
        int rounds = 10_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            converter.convert(bytes);
        }
        long micros = (System.nanoTime() - start) / 1_000 / rounds;
        return "\nsecurity context of the director: " + bytes.length + " bytes, " + micros
                + " µs to deserialise (mean of " + rounds + " after 2,000 warm-up)\n";
    }

    private String token(WebUser user) {
        user.post("/account/tokens", Map.of("name", "语句计数"));
        Matcher matcher = TOKEN.matcher(user.get("/account/tokens").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token");
        }
        return matcher.group(1);
    }

    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return "dataSource".equals(name) && bean instanceof DataSource target ? new Counter(target) : bean;
                }
            };
        }
    }

    /** Counts statements, commits, rollbacks and statements run in auto-commit (each its own transaction). */
    static final class Counter extends DelegatingDataSource {

        static final AtomicLong statements = new AtomicLong();
        static final AtomicLong autoCommitted = new AtomicLong();
        static final AtomicLong ended = new AtomicLong();
        static final AtomicLong connections = new AtomicLong();
        static final Map<String, AtomicLong> texts = new ConcurrentHashMap<>();

        Counter(DataSource target) {
            super(target);
        }

        static void reset() {
            statements.set(0);
            autoCommitted.set(0);
            ended.set(0);
            connections.set(0);
            texts.clear();
        }

        static long transactions() {
            return autoCommitted.get() + ended.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            connections.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                            ended.incrementAndGet();
                        }
                        Object result = invoke(connection, method, args);
                        if (result instanceof Statement statement) {
                            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                            return statement(statement, connection, sql);
                        }
                        return result;
                    });
        }

        private static Object statement(Statement statement, Connection connection, String prepared) {
            Class<?>[] types = statement instanceof java.sql.CallableStatement
                    ? new Class<?>[] {java.sql.CallableStatement.class}
                    : statement instanceof java.sql.PreparedStatement
                            ? new Class<?>[] {java.sql.PreparedStatement.class}
                            : new Class<?>[] {Statement.class};
            return Proxy.newProxyInstance(Counter.class.getClassLoader(), types, (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    statements.incrementAndGet();
                    if (connection.getAutoCommit()) {
                        autoCommitted.incrementAndGet();
                    }
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : prepared;
                    String text = sql.replaceAll("\\s+", " ").strip();
                    texts.computeIfAbsent(text, key -> new AtomicLong()).incrementAndGet();
                    if (text.contains("spring_session S ")) {
                        texts.computeIfAbsent("  session read from " + caller(), key -> new AtomicLong())
                                .incrementAndGet();
                    }
                }
                return invoke(statement, method, args);
            });
        }

        /** The frames that asked for the session, below Spring Session's own. */
        private static String caller() {
            return java.util.Arrays.stream(new Throwable().getStackTrace())
                    .map(frame -> frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName())
                    .filter(frame -> frame.startsWith("SessionRepository") || frame.startsWith("StoredSessions")
                            || frame.startsWith("SessionStore") || frame.startsWith("SessionLifetime")
                            || frame.startsWith("HttpSessionSecurityContextRepository")
                            || frame.startsWith("OnCommitted") || frame.startsWith("ApplicationFilterChain"))
                    .limit(40).collect(java.util.stream.Collectors.joining(" < "));
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
