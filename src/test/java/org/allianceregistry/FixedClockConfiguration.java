package org.allianceregistry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Fixes "today" at {@link #TODAY} for every integration test. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    public static final String TODAY = "2026-03-01";

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC);
    }

}
