package org.allianceregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed logins are counted by address, over a window from the first of them; at the
 * limit the address waits.
 */
class FailedLoginsTests {

    private static final String GUESSER = "203.0.113.9";

    private final AtomicLong nanos = new AtomicLong();

    private final FailedLogins failedLogins = new FailedLogins(new FailedLoginProperties(3, Duration.ofMinutes(15)),
            nanos::get);

    @Test
    void credentialsAreCheckedUntilTheLimitIsReached() {
        failedLogins.failed(GUESSER);
        failedLogins.failed(GUESSER);

        assertThat(failedLogins.retryAfter(GUESSER)).isZero();
    }

    @Test
    void atTheLimitTheAddressWaitsForTheRestOfTheWindowCountedFromItsFirstFailure() {
        failedLogins.failed(GUESSER);
        at(Duration.ofMinutes(5));
        failedLogins.failed(GUESSER);
        at(Duration.ofMinutes(6));
        failedLogins.failed(GUESSER);

        assertThat(failedLogins.retryAfter(GUESSER)).isEqualTo(Duration.ofMinutes(9));
        at(Duration.ofMinutes(10));
        assertThat(failedLogins.retryAfter(GUESSER)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void afterTheWindowTheAddressStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            failedLogins.failed(GUESSER);
        }
        at(Duration.ofMinutes(15));
        failedLogins.failed(GUESSER);

        assertThat(failedLogins.retryAfter(GUESSER)).isZero();
    }

    @Test
    void eachAddressIsCountedOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            failedLogins.failed(GUESSER);
        }

        assertThat(failedLogins.retryAfter(GUESSER)).isPositive();
        assertThat(failedLogins.retryAfter("198.51.100.4")).isZero();
    }

    @Test
    void aFailedLoginCountsForTheAddressItCameFrom() {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("editor",
                "guess");
        attempt.setDetails(new WebAuthenticationDetails(GUESSER, null));

        for (int i = 0; i < 3; i++) {
            failedLogins
                .on(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
        }

        assertThat(failedLogins.retryAfter(GUESSER)).isEqualTo(Duration.ofMinutes(15));
    }

    private void at(Duration sinceStart) {
        nanos.set(sinceStart.toNanos());
    }

}
