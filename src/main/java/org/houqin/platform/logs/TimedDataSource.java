package org.houqin.platform.logs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections whose statements report their time to {@link SlowStatements}: a plain
 * {@link java.lang.reflect.Proxy} over {@link Connection} and the statements it makes, timing each {@code execute*}.
 */
final class TimedDataSource extends DelegatingDataSource {

    private final SlowStatements slow;

    TimedDataSource(DataSource target, SlowStatements slow) {
        super(target);
        this.slow = slow;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return timed(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return timed(super.getConnection(username, password));
    }

    private Connection timed(Connection connection) {
        return (Connection) Proxy.newProxyInstance(TimedDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Timed(connection, null, null));
    }

    private final class Timed implements InvocationHandler {

        private final Object target;
        /** The SQL of a prepared statement; null for a connection and a plain statement. */
        private final String sql;
        /** The timed connection that made a statement, which the statement answers for its connection. */
        private final Connection connection;

        Timed(Object target, String sql, Connection connection) {
            this.target = target;
            this.sql = sql;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if ("equals".equals(method.getName()) && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if ("getConnection".equals(method.getName()) && connection != null) {
                // Spring releases the connection a statement names: it must be the one the transaction holds
                return connection;
            }
            if (!method.getName().startsWith("execute") || !(target instanceof Statement)) {
                Object result = call(method, args);
                return result instanceof Statement statement && method.getReturnType().isInterface()
                        ? Proxy.newProxyInstance(TimedDataSource.class.getClassLoader(),
                                new Class<?>[] {method.getReturnType()}, new Timed(statement, sqlOf(args),
                                proxy instanceof Connection timed ? timed : connection))
                        : result;
            }
            long start = System.nanoTime();
            try {
                return call(method, args);
            } finally {
                slow.took(start, args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private String sqlOf(Object[] args) {
            return args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        }
    }
}
