package org.allianceregistry.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} in Unicode terms: a text of only no-break spaces, ideographic spaces
 * or other white space ({@link Character#isWhitespace} knows none of them) is blank too.
 * Registered in place of Hibernate Validator's own check
 * (config.ValidationConfiguration).
 */
public final class UnicodeNotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !blank(value);
    }

    private static boolean blank(CharSequence value) {
        return value.codePoints()
            .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u2060'
                    || c == '\ufeff');
    }

}
