package org.houqin.iam.auth;

import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.houqin.audit.AuditLog;
import org.houqin.iam.auth.AccountStore.Account;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a password, counts failures and locks the account when the policy says so. Every outcome gets the same
 * message and takes the same time (the password hash is always checked), so nobody learns whether an account exists
 * or is locked; the audit log knows the difference. The slow hash check runs before any connection is held, and the
 * outcome is recorded under a row lock so that parallel guesses are all counted.
 */
@Service
public class LoginService {

    private final AccountStore accounts;
    private final CurrentUserFactory users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final LockoutPolicy lockout;
    private final SchoolClock clock;
    private final String dummyHash;
    private final Counter failed;
    private final Counter locked;

    LoginService(AccountStore accounts, CurrentUserFactory users, PasswordEncoder passwords, AuditLog audit,
                 TransactionTemplate transaction, HouqinProperties properties, SchoolClock clock, MeterRegistry meters) {
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        HouqinProperties.Security security = properties.security();
        this.lockout = new LockoutPolicy(security.maxFailedLogins(), security.failureWindow(), security.lockDuration());
        this.dummyHash = passwords.encode("houqin-timing-equaliser");
        this.failed = meters.counter("houqin.logins.failed");
        this.locked = meters.counter("houqin.logins.locked");
    }

    public CurrentUser login(String rawUsername, String rawPassword) {
        String username = withoutNul(rawUsername).strip();
        String password = withoutNul(rawPassword);
        Optional<Account> found = username.isEmpty() ? Optional.empty()
                : SystemWork.call(() -> accounts.byUsername(username));
        // bcrypt reads 72 bytes at most and refuses more; a longer password can never be right, but costs the same.
        boolean tooLong = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72;
        boolean matches = passwords.matches(tooLong ? "" : password,
                found.map(Account::passwordHash).orElse(dummyHash)) && found.isPresent() && !tooLong;
        Optional<CurrentUser> user = SystemWork.call(() -> transaction.execute(status ->
                found.isEmpty() ? unknown(username) : record(found.get().id(), matches)));
        if (user.isEmpty()) {
            failed.increment();
        }
        return user.orElseThrow(() -> new BadCredentialsException("login.failed"));
    }

    private Optional<CurrentUser> unknown(String username) {
        audit.security(null, null, username, "LOGIN_FAILED", "unknown user");
        return Optional.empty();
    }

    private Optional<CurrentUser> record(long id, boolean passwordMatches) {
        Instant now = clock.now();
        Account account = accounts.lockForLogin(id);
        if (lockout.isLocked(account.counters(), now)) {
            audit.security(account.schoolId(), account.id(), account.username(), "LOGIN_FAILED", "locked");
            return Optional.empty();
        }
        if (!passwordMatches) {
            LockoutPolicy.Counters after = lockout.afterFailure(account.counters(), now);
            accounts.recordCounters(account.id(), after);
            audit.security(account.schoolId(), account.id(), account.username(), "LOGIN_FAILED", "wrong password");
            if (lockout.isLocked(after, now)) {
                audit.security(account.schoolId(), account.id(), account.username(), "LOCKED",
                        after.failedAttempts() + " failures");
                locked.increment();
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

    /** PostgreSQL refuses NUL in text; forms strip it the same way (ShellModel), so passwords still match. */
    private static String withoutNul(String text) {
        return text == null ? "" : text.replace("\u0000", "");
    }
}
