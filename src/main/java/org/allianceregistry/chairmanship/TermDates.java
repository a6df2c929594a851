package org.allianceregistry.chairmanship;

import java.time.LocalDate;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A term's two dates in both the forms a request may give them: the legacy day
 * ({@code startDate}, {@code endDate}) and the date as the sources know it, in EDTF
 * ({@code start}, {@code end}). Where a date is uncertain the legacy day is the last day
 * it can be: for the start, the first day the state certainly chaired; for the hand-over,
 * the day after which the term certainly no longer ran, so an ended term never reads as
 * current.
 */
final class TermDates {

    private TermDates() {
    }

    static @Nullable HistoricalDate start(AssignChairRequest term) {
        return of(term.start(), term.startDate(), "start", "startDate");
    }

    static @Nullable HistoricalDate end(AssignChairRequest term) {
        return of(term.end(), term.endDate(), "end", "endDate");
    }

    /** The legacy day of {@code date}: the day itself, or the last day it can be. */
    static @Nullable LocalDate legacy(@Nullable HistoricalDate date) {
        return date == null ? null : date.possibleDays().last();
    }

    /** The EDTF form a request carries for {@code date}; null for an exact day. */
    static @Nullable String edtfUnlessExact(@Nullable HistoricalDate date) {
        return date == null || date.isExactDay() ? null : date.edtf();
    }

    /**
     * The date the request gives: its EDTF form, else its legacy day. Where both are
     * given the day must be the EDTF date's last possible day (422
     * {@code date-forms-disagree}).
     */
    private static @Nullable HistoricalDate of(@Nullable String edtf, @Nullable LocalDate day, String edtfField,
            String dayField) {
        if (edtf == null || edtf.isBlank()) {
            return day == null ? null : HistoricalDate.day(day);
        }
        HistoricalDate date = HistoricalDate.parseEdtf(edtf.trim());
        if (day != null && !day.equals(legacy(date))) {
            throw new RuleViolationException(ProblemType.DATE_FORMS_DISAGREE,
                    dayField + " " + day + " does not agree with " + edtfField + " " + edtf.trim() + ": where both are "
                            + "given, " + dayField + " is the last day " + edtfField + " can be (" + legacy(date)
                            + "). Send one of them, or both in agreement.",
                    dayField);
        }
        return date;
    }

}
