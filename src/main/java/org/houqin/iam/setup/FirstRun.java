package org.houqin.iam.setup;

import org.houqin.iam.auth.UserAccounts;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first school and its administrator on an installation with no users at all, and refuses to do so
 * ever again: there is no default password in production.
 */
@Service
class FirstRun {

    private final UserAccounts accounts;
    private final SchoolOnboarding onboarding;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    FirstRun(UserAccounts accounts, SchoolOnboarding onboarding, JdbcClient jdbc, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    boolean needed() {
        return SystemWork.call(accounts::count) == 0;
    }

    void run(SetupForm form) {
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            // Two setup forms sent at once: the second waits here, then finds a user and stops.
            jdbc.sql("SELECT pg_advisory_xact_lock(4242001)").query(Object.class).single();
            if (accounts.count() > 0) {
                throw RuleViolation.of("setup.done");
            }
            onboarding.createSchoolWithAdmin(form);
        }));
    }
}
