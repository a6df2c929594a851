package org.allianceregistry.revision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The revision of the registry's data and when it last changed. The same data has the
 * same revision everywhere.
 */
public record RegistryRevision(long number, Instant changedAt) {

    /**
     * When the data last changed as an HTTP date can say it: rounded up to the whole
     * second, so that it is never earlier than the change (a date rounded down would let
     * a later change within the same second look old).
     */
    public Instant lastModified() {
        Instant second = changedAt.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(changedAt) ? second : second.plusSeconds(1);
    }

    /**
     * When the next revision changed, if it changes {@code now}: in a later second than
     * this one, even when two changes come within one second or the clock says otherwise,
     * so that no two revisions share a Last-Modified.
     */
    Instant nextChangedAt(Instant now) {
        Instant truncated = now.truncatedTo(ChronoUnit.MICROS);
        Instant nextSecond = lastModified().plus(1, ChronoUnit.MICROS);
        return truncated.isAfter(nextSecond) ? truncated : nextSecond;
    }

}
