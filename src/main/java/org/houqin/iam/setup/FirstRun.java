package org.houqin.iam.setup;

import org.houqin.iam.user.UserService;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first school and its administrator on an installation with no users at all, and refuses to do so
 * ever again: there is no default password in production.
 */
@Service
class FirstRun {

    private final UserService users;
    private final SchoolOnboarding onboarding;
    private final SetupStore store;
    private final TransactionTemplate transaction;

    FirstRun(UserService users, SchoolOnboarding onboarding, SetupStore store, TransactionTemplate transaction) {
        this.users = users;
        this.onboarding = onboarding;
        this.store = store;
        this.transaction = transaction;
    }

    boolean needed() {
        return SystemWork.call(users::noneYet);
    }

    void run(SetupForm form) {
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            // Two setup forms sent at once: the second waits here, then finds a user and stops.
            store.lockSetup();
            if (!users.noneYet()) {
                throw RuleViolation.of("setup.done");
            }
            onboarding.createSchoolWithAdmin(form);
        }));
    }
}
