package org.houqin.safety.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Who receives a batch: the staff holding any of the chosen roles, and the staff of the chosen departments and those
 * below them, each once; only staff with an enabled account, who can sign on a phone (the office marks a paper copy
 * received for anyone who signs on paper).
 */
@Component
class Recipients {

    private final IamApi iam;
    private final OrganizationApi organization;

    Recipients(IamApi iam, OrganizationApi organization) {
        this.iam = iam;
        this.organization = organization;
    }

    List<LetterIssue.Recipient> of(long schoolId, List<String> roles, List<Long> departmentIds) {
        if (roles.isEmpty() && departmentIds.isEmpty()) {
            throw new RuleViolation("roles", "letter.issue.noTarget");
        }
        Set<String> known = new HashSet<>();
        iam.roles(schoolId).forEach(role -> known.add(role.code()));
        if (!known.containsAll(roles)) {
            throw new RuleViolation("roles", "letter.issue.unknownRole");
        }
        if (!organization.departmentNames(schoolId).keySet().containsAll(departmentIds)) {
            throw new RuleViolation("departmentIds", "letter.issue.unknownDepartment");
        }
        Map<Long, Long> userOfStaff = new HashMap<>();
        Map<Long, Long> staffOfUser = new HashMap<>();
        iam.staffAccounts(schoolId).forEach(a -> {
            userOfStaff.putIfAbsent(a.staffId(), a.userId());
            staffOfUser.put(a.userId(), a.staffId());
        });
        Set<Long> chosen = new HashSet<>();
        roles.forEach(role -> iam.usersWithRole(schoolId, role).stream().map(staffOfUser::get)
                .filter(staff -> staff != null).forEach(chosen::add));
        Set<Long> departments = new HashSet<>();
        departmentIds.forEach(id -> departments.addAll(organization.departmentAndBelow(id)));
        List<LetterIssue.Recipient> recipients = new ArrayList<>();
        for (OrganizationApi.StaffRef staff : organization.activeStaff(schoolId)) {
            boolean wanted = chosen.contains(staff.id()) || departments.contains(staff.departmentId());
            if (wanted && userOfStaff.containsKey(staff.id())) {
                recipients.add(new LetterIssue.Recipient(staff.id(), userOfStaff.get(staff.id()), staff.name(),
                        staff.departmentId()));
            }
        }
        return recipients;
    }
}
