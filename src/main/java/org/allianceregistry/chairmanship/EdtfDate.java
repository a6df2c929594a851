package org.allianceregistry.chairmanship;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.LocalDateRange;
import org.allianceregistry.shared.PlausibleDate;

/**
 * A date in the EDTF forms the registry reads ({@code 2008}, {@code 2008-07},
 * {@code 2008-07-21}, {@code 2008-07-21/2008-09-05}), every day it can be within
 * {@value PlausibleDate#EARLIEST} to {@value PlausibleDate#LATEST}. Null is valid.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EdtfDate.Validator.class)
@interface EdtfDate {

    String message() default "must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD (a day between two), "
            + "within " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<EdtfDate, String> {

        private static final LocalDate FIRST = LocalDate.parse(PlausibleDate.EARLIEST);

        private static final LocalDate LAST = LocalDate.parse(PlausibleDate.LATEST);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                LocalDateRange days = HistoricalDate.parseEdtf(value.trim()).possibleDays();
                return !days.first().isBefore(FIRST) && !days.last().isAfter(LAST);
            }
            catch (IllegalArgumentException | java.time.DateTimeException malformed) {
                return false;
            }
        }

    }

}
