package org.allianceregistry.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date the registry can hold: from {@value #EARLIEST} to {@value #LATEST}. Anything
 * else is a typo (0202-05-15) rather than history; the database checks the same bounds.
 * Null is valid (use {@code @NotNull} where required).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

    String EARLIEST = "1800-01-01";

    String LATEST = "2200-12-31";

    String message() default "must be between " + EARLIEST + " and " + LATEST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

        private static final LocalDate FIRST = LocalDate.parse(EARLIEST);

        private static final LocalDate LAST = LocalDate.parse(LATEST);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(FIRST) && !value.isAfter(LAST));
        }

    }

}
