package org.allianceregistry.event;

import java.time.LocalDate;
import java.util.Set;
import org.allianceregistry.shared.LocalDateRange;
import org.jspecify.annotations.Nullable;

/**
 * Which of an alliance's events a list asks for: of these kinds (all when empty), that
 * may meet the days from {@code from} to {@code to} (either open), in which the state
 * {@code state} (an ISO 3166-1 code, any form) takes part, undated ones included or not.
 */
public record EventQuery(Set<EventKind> kinds, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String state,
        boolean includeUndated) {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);

    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** Every event of the alliance, undated ones included. */
    public static EventQuery all() {
        return new EventQuery(Set.of(), null, null, null, true);
    }

    /** The days asked for, or null when the query names no range. */
    @Nullable LocalDateRange range() {
        return from == null && to == null ? null : new LocalDateRange(firstDay(), lastDay());
    }

    LocalDate firstDay() {
        return from != null ? from : FIRST;
    }

    LocalDate lastDay() {
        return to != null ? to : LAST;
    }

}
