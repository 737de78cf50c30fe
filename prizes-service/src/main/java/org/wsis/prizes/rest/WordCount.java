package org.wsis.prizes.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text of {@code min} to {@code max} words (runs of non-space characters); null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = WordCount.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WordCount {

    int min();

    int max();

    String message() default "must have {min} to {max} words";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WordCount, String> {

        private int min;
        private int max;

        @Override
        public void initialize(WordCount annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int words = count(value);
            if (words >= min && words <= max) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must have " + min + " to " + max + " words; it has " + words)
                    .addConstraintViolation();
            return false;
        }

        public static int count(String text) {
            String trimmed = text.strip();
            return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        }
    }
}
