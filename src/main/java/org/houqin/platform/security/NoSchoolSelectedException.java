package org.houqin.platform.security;

/** A district user asked for school data before choosing a school (there is none yet). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NoSchoolSelectedException extends RuntimeException {

    public NoSchoolSelectedException() {
        super("No school selected");
    }
}
