package org.houqin.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date someone types on a form or sends to the API lies between {@code houqin.dates.earliest} and {@code latest}
 * (1950-01-01 and 2100-12-31 unless the operator changes them): a year typed as 10000 or 1000 is refused at its field
 * instead of being saved. Every {@code LocalDate} of a form or a request carries it ({@code PlausibleDateFieldsTest}
 * finds one that does not); an empty date is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDateValidator.class)
public @interface PlausibleDate {

    String message() default "{validation.plausibleDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
