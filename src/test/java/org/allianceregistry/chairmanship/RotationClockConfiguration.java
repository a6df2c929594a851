package org.allianceregistry.chairmanship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Fixes "today" at {@link #TODAY}: Russia chairs the CSTO (2026 term), Armenia's
 * participation is frozen.
 */
@TestConfiguration(proxyBeanMethods = false)
class RotationClockConfiguration {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Bean
    @Primary
    Clock rotationTestClock() {
        return Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC);
    }

}
