package org.houqin.iam.setup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the first run: a lock that lets one setup form through at a time. */
@Component
class SetupStore {

    private final JdbcClient jdbc;

    SetupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the transaction ends; a second setup waits here. */
    void lockSetup() {
        jdbc.sql("SELECT pg_advisory_xact_lock(4242001)").query(Object.class).single();
    }
}
