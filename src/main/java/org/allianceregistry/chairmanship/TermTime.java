package org.allianceregistry.chairmanship;

import java.time.LocalDate;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.jspecify.annotations.Nullable;

/**
 * The time a schedule entry is matched by on a day or in a range: its own, but where a
 * recorded term's hand-over is not recorded, the end the rest of the record implies, so
 * that only the term in office runs on.
 */
final class TermTime {

    private TermTime() {
    }

    /**
     * A recorded term's time. Without a recorded hand-over: the last recorded term ends
     * where the convention implies ({@code expectedEnd}, when known) and stays open
     * otherwise; an earlier one, a gap in the record, ended on an unknown day after its
     * start and no later than the next term's start.
     * @return null when nothing is known of the term's start
     */
    static @Nullable HistoricalPeriod ofRecorded(ChairmanshipTerm term, @Nullable ChairmanshipTerm next,
            @Nullable LocalDate expectedEnd) {
        HistoricalPeriod time = term.time();
        if (time == null || time.end() != null) {
            return time;
        }
        LocalDate firstPossible = time.start().possibleDays().first();
        if (next == null) {
            return expectedEnd != null && expectedEnd.isAfter(firstPossible)
                    ? new HistoricalPeriod(time.start(), HistoricalDate.day(expectedEnd)) : time;
        }
        LocalDate latestEnd = next.getStart() != null ? next.getStart().possibleDays().last()
                : LocalDate.of(next.getChairYear() + 1, 1, 1);
        LocalDate earliestEnd = firstPossible.plusDays(1);
        return new HistoricalPeriod(time.start(),
                HistoricalDate.between(earliestEnd, latestEnd.isBefore(earliestEnd) ? earliestEnd : latestEnd));
    }

    /** A projected term's time: the rule's dates; null where the rule cannot date it. */
    static @Nullable HistoricalPeriod ofProjected(ChairmanshipResponse entry) {
        return entry.startDate() == null ? null : HistoricalPeriod.of(entry.startDate(), entry.endDate());
    }

}
