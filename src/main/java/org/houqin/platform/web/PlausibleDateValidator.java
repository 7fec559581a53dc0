package org.houqin.platform.web;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.houqin.platform.HouqinProperties;

/** Checks {@link PlausibleDate} against the configured range, which the message names. */
class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private final HouqinProperties.Dates range;

    PlausibleDateValidator(HouqinProperties properties) {
        this.range = properties.dates();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null || range.include(date)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("earliest", range.earliest().toString())
                .addMessageParameter("latest", range.latest().toString());
        return false;
    }
}
