package org.allianceregistry.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of days, as the registry reads every membership period, act and chair term:
 * {@code start} is its first day, {@code end} the first day after it (exclusive), and no
 * end means it is still open.
 */
public record Period(LocalDate start, @Nullable LocalDate end) {

    public Period {
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " to " + end);
        }
    }

    /** Whether {@code day} falls in the period: on or after its start, before its end. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return (other.end == null || start.isBefore(other.end)) && (end == null || other.start.isBefore(end));
    }

    public boolean isOpen() {
        return end == null;
    }

    @Override
    public String toString() {
        return start + (end == null ? " (open)" : " to " + end);
    }

}
