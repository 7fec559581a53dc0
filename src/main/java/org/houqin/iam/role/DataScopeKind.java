package org.houqin.iam.role;

/** How far a role reaches inside its school. */
public enum DataScopeKind {
    ALL, CHOSEN_DEPARTMENTS, OWN_DEPARTMENT, DEPARTMENT_AND_BELOW, SELF
}
