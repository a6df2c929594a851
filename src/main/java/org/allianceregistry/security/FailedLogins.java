package org.allianceregistry.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed logins by client address, to slow down password guessing: after
 * {@code maxAttempts} wrong credentials from one address within the window (counted from
 * the first of them), that address's credentials are not checked again until the window
 * ends ({@link FailedLoginGate} answers 429). Reads need no credentials and are never
 * refused. Counted in memory by each instance, bounded in the number of addresses it
 * tracks.
 */
final class FailedLogins {

    private static final int TRACKED_ADDRESSES = 100_000;

    private final Cache<String, Series> series;

    private final FailedLoginProperties properties;

    private final Ticker ticker;

    FailedLogins(FailedLoginProperties properties, Ticker ticker) {
        this.properties = properties;
        this.ticker = ticker;
        this.series = Caffeine.newBuilder()
            .ticker(ticker)
            .maximumSize(TRACKED_ADDRESSES)
            .expireAfter(Expiry.<String, Series>creating((address, started) -> properties.window()))
            .build();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            failed(details.getRemoteAddress());
        }
    }

    void failed(String address) {
        series.asMap().merge(address, new Series(ticker.read(), 1), (running, next) -> running.plusOne());
    }

    /**
     * How long the address must wait before its credentials are checked again; zero when
     * they are checked now.
     */
    Duration retryAfter(String address) {
        Series failures = series.getIfPresent(address);
        if (failures == null || failures.count() < properties.maxAttempts()) {
            return Duration.ZERO;
        }
        Duration left = properties.window().minusNanos(ticker.read() - failures.startedNanos());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private record Series(long startedNanos, int count) {

        Series plusOne() {
            return new Series(startedNanos, count + 1);
        }
    }

}
