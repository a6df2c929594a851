package org.allianceregistry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.allianceregistry.shared.PlausibleDate;
import org.junit.jupiter.api.Test;

/**
 * The pattern the description gives a bounded date admits, with {@code format: date},
 * exactly the days {@link PlausibleDate} accepts.
 */
class DateBoundsCustomizerTests {

    private static final Pattern PATTERN = Pattern.compile(DateBoundsCustomizer.PATTERN);

    private static final PlausibleDate.Validator VALIDATOR = new PlausibleDate.Validator();

    @Test
    void thePatternAdmitsTheDaysThePlausibleDateRuleAccepts() {
        long first = LocalDate.parse("1500-01-01").toEpochDay();
        long last = LocalDate.parse("2500-12-31").toEpochDay();
        qt().withFixedSeed(3)
            .withExamples(5000)
            .forAll(longs().between(first, last))
            .check(day -> PATTERN.matcher(LocalDate.ofEpochDay(day).toString()).matches() == VALIDATOR
                .isValid(LocalDate.ofEpochDay(day), null));
    }

    @Test
    void theBoundsAreInAndTheDaysBesideThemOut() {
        assertThat(PATTERN.matcher(PlausibleDate.EARLIEST).matches()).isTrue();
        assertThat(PATTERN.matcher(PlausibleDate.LATEST).matches()).isTrue();
        assertThat(PATTERN.matcher(LocalDate.parse(PlausibleDate.EARLIEST).minusDays(1).toString()).matches())
            .isFalse();
        assertThat(PATTERN.matcher(LocalDate.parse(PlausibleDate.LATEST).plusDays(1).toString()).matches()).isFalse();
    }

}
