package org.allianceregistry.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of time as the sources know it: {@code start} is its first day, {@code end}
 * the first day it no longer holds (exclusive, as {@link Period}), each with its
 * precision and bounds; no end means still open. It answers "on day D" and "during a
 * range" with the certainty its dates allow.
 */
public record HistoricalPeriod(HistoricalDate start, @Nullable HistoricalDate end) {

    public HistoricalPeriod {
        if (end != null && !end.possibleDays().last().isAfter(start.possibleDays().first())) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " to " + end);
        }
    }

    public static HistoricalPeriod of(LocalDate start, @Nullable LocalDate end) {
        return new HistoricalPeriod(HistoricalDate.day(start), end != null ? HistoricalDate.day(end) : null);
    }

    public EndStatus endStatus() {
        if (end == null) {
            return EndStatus.OPEN;
        }
        return end.isExactDay() ? EndStatus.ENDED : EndStatus.ENDED_ON_UNCERTAIN_DAY;
    }

    /** Its last day (inclusive), or null while open. */
    public @Nullable HistoricalDate lastDay() {
        return end != null ? end.plusDays(-1) : null;
    }

    /** Whether the period holds on {@code day}: certainly, possibly, or not. */
    public Certainty on(LocalDate day) {
        return during(LocalDateRange.day(day));
    }

    /**
     * Whether the period holds on at least one day of {@code range}: certainly (every
     * reading of its dates does), possibly (some reading does), or not (none does). A
     * reading is a start day and an end day its bounds allow, the start before the end;
     * so a period known to lie within 2008 certainly meets 2008, though no single day of
     * it is certain.
     */
    public Certainty during(LocalDateRange range) {
        LocalDateRange startDays = start.possibleDays();
        if (startDays.first().isAfter(range.last())
                || (end != null && !end.possibleDays().last().isAfter(range.first()))) {
            return Certainty.NONE;
        }
        LocalDate latestStart = end == null ? startDays.last()
                : min(startDays.last(), end.possibleDays().last().minusDays(1));
        boolean endsAfterRangeStarts = end == null
                || max(end.possibleDays().first(), startDays.first().plusDays(1)).isAfter(range.first());
        return !latestStart.isAfter(range.last()) && endsAfterRangeStarts ? Certainty.CERTAIN : Certainty.POSSIBLE;
    }

    /**
     * The period in EDTF (ISO 8601-2 level 1), whose intervals include both ends:
     * {@code 2006-06-23/2008-07-20}, {@code 2025-07/2025-07} for an event known to the
     * month, {@code 2007-10-06/2008?} where the end lies within bounds,
     * {@code 2012-12-19/..} while open. An uncertain end is written as the sources give
     * it: the last day's month or year where they give that, else the month or year of
     * the first day after (a membership that ended in July 2035), else the last day's
     * precision marked {@code ?}.
     */
    public String edtf() {
        if (end == null) {
            return start.edtfPoint() + "/..";
        }
        HistoricalDate last = lastDay();
        String through = end.isExactDay() || !last.hasBounds() ? last.edtfPoint()
                : !end.hasBounds() ? end.edtfPoint() : last.edtfPoint();
        return start.edtfPoint() + "/" + through;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

}
