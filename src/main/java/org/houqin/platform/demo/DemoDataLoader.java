package org.houqin.platform.demo;

import java.util.Comparator;
import java.util.List;

import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo school on the first start when demo data is on (the embedded default), all of it or none. Until it
 * has looked (and loaded if needed), {@link #preparing()} is true and {@link DemoPreparing} answers requests with
 * "please wait": the web server is already listening, and a visitor must not meet an empty school or its setup page.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String MARKER = "demo.loaded";

    private final HouqinProperties properties;
    private final List<DemoData> parts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private volatile boolean preparing;

    DemoDataLoader(HouqinProperties properties, List<DemoData> parts, JdbcClient jdbc, TransactionTemplate transaction) {
        this.properties = properties;
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.preparing = properties.demoEnabled();
    }

    boolean preparing() {
        return preparing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoEnabled()) {
            return;
        }
        try {
            load();
        } finally {
            preparing = false;
        }
    }

    private void load() {
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            boolean loaded = jdbc.sql("SELECT count(*) FROM platform.installation WHERE key = ?")
                    .param(MARKER).query(Long.class).single() > 0;
            if (loaded) {
                return;
            }
            long started = System.nanoTime();
            parts.forEach(DemoData::load);
            jdbc.sql("INSERT INTO platform.installation (key, value) VALUES (?, 'true')").param(MARKER).update();
            log.info("Demo school loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }));
    }
}
