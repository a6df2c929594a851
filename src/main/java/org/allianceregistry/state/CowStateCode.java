package org.allianceregistry.state;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of the COW crosswalk with the state it names: the COW number stood for the state
 * with these ISO codes and English name from {@code validFrom} to {@code validTo}
 * (inclusive; null: still so).
 */
public record CowStateCode(int cowCode, String iso2, String iso3, String name, LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /** Whether the number stood for the state on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * How many days {@code day} lies outside the row's period (0 within it): the nearest
     * row names the state of a dataset row dated just before a COW system entry.
     */
    public long distanceTo(LocalDate day) {
        if (day.isBefore(validFrom)) {
            return validFrom.toEpochDay() - day.toEpochDay();
        }
        if (validTo != null && day.isAfter(validTo)) {
            return day.toEpochDay() - validTo.toEpochDay();
        }
        return 0;
    }

}
