package org.houqin.platform.logs;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Times every statement on the application's pool (the bean {@code dataSource}; not the migrations' pool) and
 * writes one WARN line on {@code houqin.sql.slow} for each one slower than {@code houqin.logs.slow-query}: its time,
 * the route of the request that ran it and the first 200 characters of its SQL. Never a bound value: those are
 * parameters, and the SQL of the application holds none.
 */
@Component
class SlowStatements implements BeanPostProcessor {

    static final int SQL_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger("houqin.sql.slow");

    private volatile long thresholdNanos;

    SlowStatements(Environment environment) {
        // bound here, not injected: a post-processor is made before the beans it would be given
        threshold(Binder.get(environment).bindOrCreate("houqin.logs", LogsProperties.class).slowQuery());
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return "dataSource".equals(beanName) && bean instanceof DataSource target
                ? new TimedDataSource(target, this) : bean;
    }

    Duration threshold() {
        return Duration.ofNanos(thresholdNanos);
    }

    /** The threshold from now on; a test lowers it and restores it. */
    void threshold(Duration threshold) {
        this.thresholdNanos = threshold.toNanos();
    }

    void took(long startNanos, String sql) {
        long nanos = System.nanoTime() - startNanos;
        if (nanos >= thresholdNanos && log.isWarnEnabled()) {
            log.warn("slow statement ms={} route={} sql={}", TimeUnit.NANOSECONDS.toMillis(nanos),
                    RequestIds.currentRoute(), start(sql));
        }
    }

    static String start(String sql) {
        if (sql == null) {
            return "-";
        }
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SQL_LENGTH ? oneLine : oneLine.substring(0, SQL_LENGTH) + "…";
    }
}
