package org.allianceregistry.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date as a write names it: any day of the month or year it is known to, its precision
 * (DAY when not given) and, for a date known to the month or year, the earliest and
 * latest day the sources allow. Bounds outside that month or year, or the wrong way
 * round, break a rule on their face (422 {@code date-bounds-outside}, naming the bound at
 * fault).
 */
public final class RequestedDate {

    private RequestedDate() {
    }

    /**
     * The date the request names in the fields {@code field}, {@code field + "Earliest"}
     * and {@code field + "Latest"} (for "start": startEarliest, startLatest); the day is
     * {@code day}'s field.
     */
    public static HistoricalDate of(LocalDate day, @Nullable Precision precision, @Nullable LocalDate earliest,
            @Nullable LocalDate latest, String field) {
        Precision known = precision != null ? precision : Precision.DAY;
        LocalDateRange unit = HistoricalDate.of(known, day, null, null).possibleDays();
        if (earliest != null && !unit.contains(earliest)) {
            throw outside(field + "Earliest", earliest, unit);
        }
        if (latest != null && !unit.contains(latest)) {
            throw outside(field + "Latest", latest, unit);
        }
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new RuleViolationException(ProblemType.DATE_BOUNDS_OUTSIDE,
                    field + "Latest " + latest + " precedes " + field + "Earliest " + earliest + ".", field + "Latest");
        }
        return HistoricalDate.of(known, day, earliest, latest);
    }

    private static RuleViolationException outside(String field, LocalDate bound, LocalDateRange unit) {
        return new RuleViolationException(
                ProblemType.DATE_BOUNDS_OUTSIDE, field + " " + bound + " lies outside the days the date is known to ("
                        + unit.first() + " to " + unit.last() + "); bounds narrow a date known to the month or year.",
                field);
    }

}
