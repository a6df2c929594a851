package org.allianceregistry.membership;

import java.time.LocalDate;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.LocalDateRange;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.jspecify.annotations.Nullable;

/**
 * A date a write gives as the legacy day ({@code startDate}), as EDTF ({@code startEdtf}:
 * {@code 2008}, {@code 2008-07}, {@code 2008-07-21} or {@code 2008-07-21/2008-09-05}), or
 * both, which must then agree: the legacy day is the EDTF date's first possible day where
 * it starts something, its last possible day where it ends something (an exclusive end or
 * a lifting), so that no legacy field makes an ended record read as current. Anything
 * else is a 400 {@code validation-failed} problem naming the field.
 */
record DateInput(String dayField, String edtfField, boolean endsSomething) {

    /**
     * The EDTF forms a write may give: a year, a month, a day, or the days a date lies
     * between.
     */
    static final String EDTF_PATTERN = "\\d{4}(-\\d{2}(-\\d{2}(/\\d{4}-\\d{2}-\\d{2})?)?)?";

    static final String EDTF_MESSAGE = "must be EDTF: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD";

    private static final LocalDate EARLIEST = LocalDate.parse(PlausibleDate.EARLIEST);

    private static final LocalDate LATEST = LocalDate.parse(PlausibleDate.LATEST);

    static DateInput starting(String dayField, String edtfField) {
        return new DateInput(dayField, edtfField, false);
    }

    static DateInput ending(String dayField, String edtfField) {
        return new DateInput(dayField, edtfField, true);
    }

    /** The date given, or null when neither field is. */
    @Nullable HistoricalDate read(@Nullable LocalDate day, @Nullable String edtf) {
        if (edtf == null || edtf.isBlank()) {
            return day == null ? null : HistoricalDate.day(day);
        }
        HistoricalDate date;
        try {
            date = HistoricalDate.parseEdtf(edtf.trim());
        }
        catch (IllegalArgumentException ex) {
            throw invalid(edtfField, ex.getMessage());
        }
        LocalDateRange days = date.possibleDays();
        if (days.first().isBefore(EARLIEST) || days.last().isAfter(LATEST)) {
            throw invalid(edtfField, "must lie between " + PlausibleDate.EARLIEST + " and " + PlausibleDate.LATEST);
        }
        if (day != null && !day.equals(legacy(date))) {
            throw invalid(dayField,
                    dayField + " " + day + " disagrees with " + edtfField + " " + edtf.trim() + ", whose "
                            + (endsSomething ? "last" : "first") + " possible day is " + legacy(date)
                            + "; send one of them, or both agreeing");
        }
        return date;
    }

    /** The date given, which is required (400 naming the legacy field when missing). */
    HistoricalDate require(@Nullable LocalDate day, @Nullable String edtf) {
        HistoricalDate date = read(day, edtf);
        if (date == null) {
            throw invalid(dayField, "is required (or give " + edtfField + ")");
        }
        return date;
    }

    /** The legacy day of {@code date} in this role. */
    LocalDate legacy(HistoricalDate date) {
        LocalDateRange days = date.possibleDays();
        return endsSomething ? days.last() : days.first();
    }

    /** The editable form of {@code date}: the day when exact, else null. */
    @Nullable LocalDate editableDay(@Nullable HistoricalDate date) {
        return date != null && date.isExactDay() ? date.date() : null;
    }

    /** The editable form of {@code date}: null when exact, else its EDTF. */
    @Nullable String editableEdtf(@Nullable HistoricalDate date) {
        return date != null && !date.isExactDay() ? date.edtf() : null;
    }

    private static RegistryException invalid(String field, String message) {
        return new RegistryException(ProblemType.VALIDATION_FAILED, field + ": " + message, field);
    }

}
