package org.houqin.iam.auth;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends sessions of a user: all of them on sign-out, disabling, a password reset or a change of roles (so new
 * permissions apply at once), the others on a change of one's own password. Ending waits for the commit of the change
 * that asks for it, so a sign-in racing with that change cannot survive it.
 */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    public void endAllOf(String username) {
        endAfterCommit(username, null);
    }

    public void endOthersOf(String username, String keepSessionId) {
        endAfterCommit(username, keepSessionId);
    }

    private void endAfterCommit(String username, String keep) {
        Runnable end = () -> repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep)).forEach(repository::deleteById);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }
}
