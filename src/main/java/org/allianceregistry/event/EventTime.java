package org.allianceregistry.event;

import java.time.LocalDate;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.LocalDateRange;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened, as the sources know it: its first day and its last day
 * (inclusive), each with its precision and bounds. An event without a recorded last day
 * lies within the days of its start: one day, or somewhere in the month or year it is
 * known to (a statement of "July 2025"). An undated event has neither; it may have
 * happened at any time.
 */
record EventTime(@Nullable HistoricalDate start, @Nullable HistoricalDate lastDay) {

    static final EventTime UNDATED = new EventTime(null, null);

    EventTime {
        if (start == null && lastDay != null) {
            throw new IllegalArgumentException("An undated event has no last day");
        }
        if (start != null && lastDay != null && lastDay.possibleDays().last().isBefore(start.possibleDays().first())) {
            throw new IllegalArgumentException("The last day " + lastDay + " precedes the start " + start);
        }
    }

    boolean isUndated() {
        return start == null;
    }

    /**
     * The event's time in the convention of every resource: from its first day to the day
     * after its last (exclusive); null while undated.
     */
    @Nullable HistoricalPeriod period() {
        if (start == null) {
            return null;
        }
        return new HistoricalPeriod(start, (lastDay != null ? lastDay : start).plusDays(1));
    }

    /**
     * Whether the event meets {@code range}: certainly, possibly, or not. An undated
     * event possibly does, whatever the range.
     */
    Certainty during(LocalDateRange range) {
        HistoricalPeriod period = period();
        return period == null ? Certainty.POSSIBLE : period.during(range);
    }

    DatePrecision datePrecision() {
        return DatePrecision.of(start);
    }

    /**
     * The legacy {@code endDate}: the last day (inclusive), or where that day is known
     * only to the month, the year or within bounds, the last day it can be, so that a
     * script reading it never ends the event too early.
     */
    @Nullable LocalDate legacyEndDate() {
        return lastDay == null ? null : lastDay.possibleDays().last();
    }

}
