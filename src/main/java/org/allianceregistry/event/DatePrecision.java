package org.allianceregistry.event;

import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.Precision;
import org.jspecify.annotations.Nullable;

/**
 * How much of an event's start date is known: the legacy field beside the start's
 * {@link Precision}, which has no "undated".
 */
public enum DatePrecision {

    /** The exact day. */
    DAY,
    /** The month only; the date is the first of the month. */
    MONTH,
    /** The year only; the date is 1 January. */
    YEAR,
    /** No date is known; the start date is null. */
    UNDATED;

    static DatePrecision of(@Nullable HistoricalDate start) {
        return start == null ? UNDATED : valueOf(start.precision().name());
    }

    /** The start's precision, or null for UNDATED. */
    @Nullable Precision precision() {
        return this == UNDATED ? null : Precision.valueOf(name());
    }

}
