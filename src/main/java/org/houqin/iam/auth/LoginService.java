package org.houqin.iam.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.iam.auth.UserAccounts.Account;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a password, counts failures and locks the account when the policy says so. Every outcome gets the same
 * message, so nobody learns from it whether an account exists or is locked; the audit log knows the difference.
 */
@Service
public class LoginService {

    private final UserAccounts accounts;
    private final CurrentUserFactory users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final LockoutPolicy lockout;
    private final Clock clock;
    private final String dummyHash;

    LoginService(UserAccounts accounts, CurrentUserFactory users, PasswordEncoder passwords, AuditLog audit,
                 TransactionTemplate transaction, HouqinProperties properties, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        HouqinProperties.Security security = properties.security();
        this.lockout = new LockoutPolicy(security.maxFailedLogins(), security.failureWindow(), security.lockDuration());
        this.dummyHash = passwords.encode("houqin-timing-equaliser");
    }

    public CurrentUser login(String username, String password) {
        // The counters of a failed attempt must commit, so the failure is raised only after the transaction.
        Optional<CurrentUser> user = SystemWork.call(() -> transaction.execute(status -> attempt(username, password)));
        return user.orElseThrow(() -> new BadCredentialsException("login.failed"));
    }

    private Optional<CurrentUser> attempt(String username, String password) {
        Instant now = clock.instant();
        Optional<Account> found = username == null ? Optional.empty() : accounts.byUsername(username.strip());
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            audit.security(null, null, username, "LOGIN_FAILED", "unknown user");
            return Optional.empty();
        }
        Account account = found.get();
        if (lockout.isLocked(account.counters(), now)) {
            audit.security(account.schoolId(), account.id(), account.username(), "LOGIN_FAILED", "locked");
            return Optional.empty();
        }
        if (!passwords.matches(password == null ? "" : password, account.passwordHash())) {
            LockoutPolicy.Counters after = lockout.afterFailure(account.counters(), now);
            accounts.recordCounters(account.id(), after);
            audit.security(account.schoolId(), account.id(), account.username(), "LOGIN_FAILED", "wrong password");
            if (lockout.isLocked(after, now) && !lockout.isLocked(account.counters(), now)) {
                audit.security(account.schoolId(), account.id(), account.username(), "LOCKED",
                        after.failedAttempts() + " failures");
            }
            return Optional.empty();
        }
        if (!account.enabled()) {
            audit.security(account.schoolId(), account.id(), account.username(), "LOGIN_FAILED", "disabled");
            return Optional.empty();
        }
        accounts.recordLogin(account.id(), now);
        audit.security(account.schoolId(), account.id(), account.username(), "LOGIN", null);
        return Optional.of(users.build(account));
    }
}
