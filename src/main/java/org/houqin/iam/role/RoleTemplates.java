package org.houqin.iam.role;

import static org.houqin.iam.role.DataScopeKind.ALL;
import static org.houqin.iam.role.DataScopeKind.DEPARTMENT_AND_BELOW;
import static org.houqin.iam.role.DataScopeKind.OWN_DEPARTMENT;
import static org.houqin.iam.role.DataScopeKind.SELF;

import java.util.List;
import java.util.Set;

/**
 * The roles every new school starts with. Admins may change them afterwards; later modules add their permissions
 * here (for new schools) and in a migration (for existing ones).
 */
public final class RoleTemplates {

    public record Template(String code, String name, DataScopeKind scope, Set<String> permissions) {
    }

    private static final Set<String> READ_ORGANIZATION = Set.of("organization:department:read",
            "organization:staff:read", "organization:class:read", "organization:semester:read");
    private static final Set<String> READ_PLACES = Set.of("places:room:read");
    private static final Set<String> REPORT_REPAIRS = Set.of("repairs:request:read", "repairs:request:report");
    private static final Set<String> READ_WAREHOUSE = Set.of("warehouse:item:read", "warehouse:requisition:read");
    private static final Set<String> KEEP_WAREHOUSE = Set.of("warehouse:item:read", "warehouse:item:write",
            "warehouse:receipt:write", "warehouse:requisition:read", "warehouse:requisition:issue",
            "warehouse:stocktake:write", "warehouse:transfer:write", "warehouse:writeoff:write",
            "warehouse:distribution:write");
    /**
     * What every role of a school starts with: the approval inbox (one's submissions, steps, delegations) and asking
     * for supplies (领用申请).
     */
    private static final Set<String> EVERYONE = Set.of("approval:inbox:use", "warehouse:requisition:request",
            "assets:asset:read", "routines:record:fill", "safety:hazard:report", "safety:hazard:read",
            "safety:letter:sign", "safety:rule:read");
    /** 后勤主任 and 分管副校长 run the safety work: inspections, rectifications, letters, rules and drills. */
    private static final Set<String> RUN_SAFETY = Set.of("safety:hazard:manage", "safety:hazard:recheck",
            "safety:inspection:write", "safety:letter:write", "safety:rule:write", "safety:drill:write",
            "safety:archive:read");
    private static final Set<String> OVERSEE_ROUTINES = Set.of("routines:template:read", "routines:completion:read");
    private static final Set<String> KEEP_ASSETS = Set.of("assets:asset:read", "assets:asset:write",
            "assets:disposal:write", "assets:stocktake:write", "assets:compensation:write", "assets:report:read");

    public static final List<Template> SCHOOL = withEveryone(List.of(
            new Template("ADMIN", "系统管理员", ALL, union(READ_ORGANIZATION, READ_PLACES, Set.of(
                    "iam:user:read", "iam:user:write", "iam:role:read", "iam:role:write",
                    "organization:department:write", "organization:staff:write", "organization:staff:reveal",
                    "organization:class:write", "organization:semester:write",
                    "places:room:write", "places:building:write", "audit:log:read", "repairs:category:write",
                    "repairs:settings:write", "notifications:delivery:read", "notifications:settings:write",
                    "approval:rule:write", "assets:settings:write", "safety:settings:write",
                    "platform:backup:manage"), REPORT_REPAIRS)),
            new Template("PRINCIPAL", "校长", ALL, union(READ_ORGANIZATION, READ_PLACES, REPORT_REPAIRS, READ_WAREHOUSE, Set.of(
                    "audit:log:read", "repairs:request:decide", "repairs:plan:read", "repairs:stats:read",
                    "assets:report:read", "safety:hazard:recheck", "safety:archive:read"), OVERSEE_ROUTINES)),
            new Template("VICE_PRINCIPAL", "分管副校长", ALL, union(READ_ORGANIZATION, READ_PLACES, REPORT_REPAIRS,
                    READ_WAREHOUSE, Set.of(
                    "repairs:request:decide", "repairs:plan:read", "repairs:stats:read", "assets:report:read"),
                    RUN_SAFETY, OVERSEE_ROUTINES)),
            new Template("DIRECTOR", "后勤主任", ALL, union(READ_ORGANIZATION, READ_PLACES, Set.of(
                    "places:room:write", "places:building:write", "organization:staff:reveal", "repairs:request:dispatch",
                    "repairs:category:write", "repairs:settings:write", "repairs:plan:read", "repairs:plan:write",
                    "repairs:stats:read", "assets:settings:write", "safety:settings:write", "routines:template:write"),
                    REPORT_REPAIRS, KEEP_WAREHOUSE, KEEP_ASSETS, RUN_SAFETY, OVERSEE_ROUTINES)),
            new Template("STOREKEEPER", "仓管员", ALL, union(READ_PLACES, REPORT_REPAIRS, KEEP_WAREHOUSE, KEEP_ASSETS, Set.of(
                    "organization:department:read", "organization:class:read"))),
            new Template("WORKER", "维修工", ALL, union(READ_PLACES, REPORT_REPAIRS,
                    Set.of("repairs:request:work", "repairs:plan:read"))),
            new Template("TEACHER", "教师/班主任", SELF, union(READ_PLACES, REPORT_REPAIRS)),
            new Template("DEPARTMENT_HEAD", "部门负责人", DEPARTMENT_AND_BELOW, union(READ_PLACES, REPORT_REPAIRS,
                    Set.of("organization:department:read", "organization:staff:read",
                            "warehouse:requisition:read"))),
            new Template("CANTEEN_MANAGER", "食堂管理员", OWN_DEPARTMENT, union(READ_PLACES, REPORT_REPAIRS)),
            new Template("GUARD", "门卫/保安", SELF, union(READ_PLACES, REPORT_REPAIRS)),
            new Template("FINANCE", "会计/报账员", ALL, union(READ_ORGANIZATION, READ_PLACES, REPORT_REPAIRS,
                    READ_WAREHOUSE, Set.of("assets:report:read")))));

    private RoleTemplates() {
    }

    private static List<Template> withEveryone(List<Template> templates) {
        return templates.stream().map(t -> new Template(t.code(), t.name(), t.scope(), union(t.permissions(), EVERYONE)))
                .toList();
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
