package org.houqin.iam.auth;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user: on disabling, on a password reset by an admin. */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    public int endAllOf(String username) {
        var sessions = repository.findByPrincipalName(username);
        sessions.keySet().forEach(repository::deleteById);
        return sessions.size();
    }
}
