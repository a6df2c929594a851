package org.allianceregistry.shared;

import java.time.LocalDate;

/** The days from {@code first} through {@code last}, both included. */
public record LocalDateRange(LocalDate first, LocalDate last) {

    public LocalDateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A range ends on or after its first day: " + first + " to " + last);
        }
    }

    public static LocalDateRange day(LocalDate day) {
        return new LocalDateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

}
