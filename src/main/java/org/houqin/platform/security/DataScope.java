package org.houqin.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rows a user may see inside a school, as the union of the scopes of the user's roles: everything, a set of
 * departments, or only what the user owns. Queries apply it through {@link #filter}, which builds the condition
 * from column names fixed in code and binds the values as parameters.
 */
public record DataScope(boolean all, Set<Long> departmentIds, boolean self) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public DataScope {
        departmentIds = Set.copyOf(departmentIds);
    }

    public static DataScope everything() {
        return new DataScope(true, Set.of(), false);
    }

    public static DataScope departments(Set<Long> ids) {
        return new DataScope(false, ids, false);
    }

    public static DataScope own() {
        return new DataScope(false, Set.of(), true);
    }

    public DataScope union(DataScope other) {
        if (all || other.all) {
            return everything();
        }
        var ids = new java.util.HashSet<>(departmentIds);
        ids.addAll(other.departmentIds);
        return new DataScope(false, ids, self || other.self);
    }

    public boolean coversDepartment(Long departmentId) {
        return all || (departmentId != null && departmentIds.contains(departmentId));
    }

    /**
     * The SQL condition limiting rows to this scope.
     *
     * @param departmentColumn the row's department column, e.g. {@code r.department_id} (a constant in code)
     * @param ownerColumn      the column holding the owning user id or staff id, or {@code null} when rows have
     *                         no owner
     * @param ownerId          the current user's id (or staff id) matched against {@code ownerColumn}
     */
    public SqlCondition filter(String departmentColumn, String ownerColumn, Long ownerId) {
        SqlCondition.requireIdentifier(departmentColumn);
        if (all) {
            return SqlCondition.TRUE;
        }
        StringBuilder sql = new StringBuilder("(false");
        Map<String, Object> params = new HashMap<>();
        if (!departmentIds.isEmpty()) {
            sql.append(" OR ").append(departmentColumn).append(" = ANY(:scopeDepartments)");
            params.put("scopeDepartments", departmentIds.toArray(Long[]::new));
        }
        if (self && ownerColumn != null && ownerId != null) {
            SqlCondition.requireIdentifier(ownerColumn);
            sql.append(" OR ").append(ownerColumn).append(" = :scopeOwner");
            params.put("scopeOwner", ownerId);
        }
        return new SqlCondition(sql.append(")").toString(), params);
    }
}
