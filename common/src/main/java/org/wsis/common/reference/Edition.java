package org.wsis.common.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An edition of the Forum and the Prizes, named by its year (e.g. {@code 2026}); one rule for every service. */
@Documented
@Min(2000)
@Max(2999)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Edition {

    String message() default "must be an edition year from 2000 to 2999";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
