package org.houqin.organization;

/** A school joined the deployment; other modules set up what a school needs (iam: its built-in roles). */
public record SchoolCreated(long schoolId, String code, String name) {
}
