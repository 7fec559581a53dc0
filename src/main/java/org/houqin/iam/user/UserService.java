package org.houqin.iam.user;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.audit.AuditLog;
import org.houqin.iam.auth.Sessions;
import org.houqin.iam.role.RoleService;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, creates and maintains accounts. Disabling an account or resetting its password ends all of its sessions;
 * roles and staff links are checked to belong to the same school.
 */
@Service
public class UserService {

    static final Sorts SORTS = Sorts.of("username", "u.username", "name", "u.display_name",
            "lastLogin", "u.last_login_at", "created", "u.created_at");

    record Row(long id, String username, String displayName, Long staffId, boolean enabled, Instant lockedUntil,
               Instant lastLoginAt, String roleNames, int version) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }
    }

    private final UserStore users;
    private final RoleService roles;
    private final Sessions sessions;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final OrganizationApi organization;
    private final org.houqin.iam.token.ApiTokens tokens;

    UserService(UserStore users, RoleService roles, Sessions sessions, PasswordEncoder passwords, AuditLog audit,
                OrganizationApi organization, org.houqin.iam.token.ApiTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
        this.passwords = passwords;
        this.audit = audit;
        this.organization = organization;
    }

    /** No account exists at all: the installation waits for its first administrator. */
    @Transactional(readOnly = true)
    public boolean noneYet() {
        return users.count() == 0;
    }

    @Transactional(readOnly = true)
    PageResult<Row> page(long schoolId, ListQuery query) {
        return users.page(schoolId, query);
    }

    /** The whole list, for an export. */
    @Transactional(readOnly = true)
    List<Row> all(long schoolId, ListQuery query) {
        return users.all(schoolId, query);
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long schoolId, long id) {
        return users.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    Set<Long> roleIds(long userId) {
        return users.roleIds(userId);
    }

    @Transactional
    public long create(Long schoolId, UserForm form) {
        if (form.getUsername() == null || form.getUsername().length() < 2) {
            throw new RuleViolation("username", "validation.required");
        }
        if (users.usernameTaken(form.getUsername())) {
            throw new RuleViolation("username", "user.username.duplicate");
        }
        PasswordPolicy.check(form.getUsername(), form.getPassword()).ifPresent(key -> {
            throw new RuleViolation("password", key);
        });
        checkLinks(schoolId, form);
        long id;
        try {
            id = users.insert(schoolId, form.getUsername(), form.getDisplayName(),
                    passwords.encode(form.getPassword()), form.getStaffId());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("username", "user.username.duplicate");
        }
        users.replaceRoles(id, form.getRoleIds());
        if (schoolId == null) {
            audit.changed("iam", "user", id, "CREATE", null, snapshot(form));
        } else {
            audit.changedIn(schoolId, "iam", "user", id, "CREATE", null, snapshot(form));
        }
        return id;
    }

    @Transactional
    public void update(long schoolId, long id, UserForm form) {
        Row before = users.find(schoolId, id).orElseThrow(() -> new NotFoundException("user", id));
        checkLinks(schoolId, form);
        if (!users.update(schoolId, id, form.getDisplayName(), form.getStaffId(), form.getVersion())) {
            throw new OptimisticLockingFailureException("user " + id + " changed");
        }
        Set<Long> rolesBefore = users.roleIds(id);
        users.replaceRoles(id, form.getRoleIds());
        audit.changedIn(schoolId, "iam", "user", id, "UPDATE", Map.of("displayName", before.displayName(),
                "roles", rolesBefore), snapshot(form));
        if (!rolesBefore.equals(form.getRoleIds())) {
            sessions.endAllOf(before.username());
        }
    }

    @Transactional
    public void setEnabled(long schoolId, long id, boolean enabled, long actingUserId) {
        Row user = users.find(schoolId, id).orElseThrow(() -> new NotFoundException("user", id));
        if (!enabled && id == actingUserId) {
            throw RuleViolation.of("user.disable.self");
        }
        users.setEnabled(id, enabled);
        audit.changed("iam", "user", id, enabled ? "ENABLE" : "DISABLE", Map.of("enabled", user.enabled()),
                Map.of("enabled", enabled));
        if (!enabled) {
            sessions.endAllOf(user.username());
        }
    }

    @Transactional
    public void unlock(long schoolId, long id) {
        users.find(schoolId, id).orElseThrow(() -> new NotFoundException("user", id));
        users.unlock(id);
        audit.changed("iam", "user", id, "UNLOCK", null, null);
    }

    @Transactional
    public void resetPassword(long schoolId, long id, String newPassword) {
        Row user = users.find(schoolId, id).orElseThrow(() -> new NotFoundException("user", id));
        PasswordPolicy.check(user.username(), newPassword).ifPresent(key -> {
            throw new RuleViolation("password", key);
        });
        users.setPassword(id, passwords.encode(newPassword));
        int revoked = tokens.revokeAllOf(id);
        audit.changed("iam", "user", id, "RESET_PASSWORD", null, Map.of("tokensRevoked", revoked));
        sessions.endAllOf(user.username());
    }

    @Transactional
    public void changeOwnPassword(long userId, String username, String current, String newPassword,
                                  String currentSessionId) {
        if (current == null || !passwords.matches(current, users.passwordHash(userId))) {
            throw new RuleViolation("current", "password.currentWrong");
        }
        PasswordPolicy.check(username, newPassword).ifPresent(key -> {
            throw new RuleViolation("password", key);
        });
        users.setPassword(userId, passwords.encode(newPassword));
        audit.changed("iam", "user", userId, "CHANGE_PASSWORD", null, null);
        sessions.endOthersOf(username, currentSessionId);
    }

    private void checkLinks(Long schoolId, UserForm form) {
        if (schoolId == null) {
            return;
        }
        Set<Long> schoolRoles = roles.ofSchool(schoolId).stream().map(RoleService.Row::id).collect(Collectors.toSet());
        if (!schoolRoles.containsAll(form.getRoleIds())) {
            throw new RuleViolation("roleIds", "user.role.unknown");
        }
        if (form.getStaffId() != null) {
            boolean sameSchool = organization.staff(form.getStaffId()).isPresent()
                    && organization.activeStaff(schoolId).stream().anyMatch(s -> s.id() == form.getStaffId());
            if (!sameSchool) {
                throw new RuleViolation("staffId", "user.staff.unknown");
            }
        }
    }

    private static Map<String, Object> snapshot(UserForm form) {
        return Map.of("username", String.valueOf(form.getUsername()), "displayName", form.getDisplayName(),
                "staffId", String.valueOf(form.getStaffId()), "roles", form.getRoleIds());
    }
}
