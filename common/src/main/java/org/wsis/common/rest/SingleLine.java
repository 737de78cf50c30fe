package org.wsis.common.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or a title: one line, and nothing invisible that could make two values look alike or
 * reorder what is displayed around them. Refuses every control character (tab and line breaks
 * included), the line and paragraph separators, and every invisible formatting character
 * (zero-width space, word joiner, byte-order mark, soft hyphen, directional marks and controls),
 * except the zero-width non-joiner and joiner that Persian, Indic scripts and emoji sequences need.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "must be a single line without control or invisible formatting characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().noneMatch(Validator::refused);
        }

        private static boolean refused(int cp) {
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT && cp != 0x200C && cp != 0x200D;
        }
    }
}
