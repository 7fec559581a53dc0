package org.houqin.platform.security;

/** A district user asked for school data before choosing a school. */
public class NoSchoolSelectedException extends RuntimeException {

    public NoSchoolSelectedException() {
        super("No school selected");
    }
}
