package org.houqin.iam.auth;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.iam.auth.AccountStore.Account;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the session's {@link CurrentUser}: schools, department, permissions and the union of the roles' scopes. */
@Component
public class CurrentUserFactory {

    private final AccountStore accounts;
    private final OrganizationApi organization;

    CurrentUserFactory(AccountStore accounts, OrganizationApi organization) {
        this.accounts = accounts;
        this.organization = organization;
    }

    /**
     * The user behind an API token, when the account exists and is enabled: rebuilt on every call, so a change of
     * roles or a disabled account applies to the next call; its queries share one read-only transaction.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> enabled(long userId) {
        return accounts.byId(userId).filter(Account::enabled).map(this::build);
    }

    CurrentUser build(Account account) {
        Long departmentId = account.staffId() == null ? null
                : organization.staff(account.staffId()).map(OrganizationApi.StaffRef::departmentId).orElse(null);
        boolean district = account.schoolId() == null;
        Set<Long> schools = district
                ? organization.schools().stream().map(OrganizationApi.SchoolRef::id).collect(Collectors.toSet())
                : Set.of(account.schoolId());
        Long currentSchool = district ? schools.stream().sorted().findFirst().orElse(null) : account.schoolId();
        return new CurrentUser(account.id(), account.username(), account.displayName(), currentSchool, schools,
                district, account.staffId(), departmentId, scope(account, departmentId),
                accounts.permissions(account.id()));
    }

    private DataScope scope(Account account, Long departmentId) {
        DataScope scope = DataScope.departments(Set.of());
        for (AccountStore.RoleGrant role : accounts.roles(account.id())) {
            scope = scope.union(switch (role.dataScope()) {
                case ALL -> DataScope.everything();
                case CHOSEN_DEPARTMENTS -> DataScope.departments(accounts.chosenDepartments(role.roleId()));
                case OWN_DEPARTMENT -> departmentId == null ? DataScope.own() : DataScope.departments(Set.of(departmentId));
                case DEPARTMENT_AND_BELOW -> departmentId == null ? DataScope.own()
                        : DataScope.departments(new HashSet<>(organization.departmentAndBelow(departmentId)));
                case SELF -> DataScope.own();
            });
        }
        return scope.all() || !scope.departmentIds().isEmpty() ? scope : DataScope.own().union(scope);
    }
}
