package org.allianceregistry.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as the sources know it (Wikidata's model): a day, a month or a year, optionally
 * narrowed by the earliest and the latest day it can be. {@code date} is the first day of
 * its precision ({@code 2008-01-01} for "2008"); nothing finer is ever read from it.
 * <p>
 * The value is canonical: bounds that add nothing are dropped, and bounds within one
 * month or one year make the precision that month or year, so that two values meaning the
 * same days are equal and the EDTF form ({@link #edtf()}) round-trips. Entities embed it
 * with their own column names ({@code @AttributeOverride}).
 */
@Embeddable
public record HistoricalDate(@Column(nullable = false) LocalDate date,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 5) Precision precision,
        @Nullable LocalDate earliest, @Nullable LocalDate latest) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public HistoricalDate {
        if (!precision.first(date).equals(date)) {
            throw new IllegalArgumentException(
                    "A date known to the " + precision.name().toLowerCase() + " is held as its first day, not " + date);
        }
        if (earliest != null || latest != null) {
            LocalDate first = earliest != null ? earliest : date;
            LocalDate last = latest != null ? latest : precision.last(date);
            if (first.isBefore(date) || last.isBefore(first)
                    || (earliest != null && earliest.isAfter(precision.last(date)))) {
                throw new IllegalArgumentException(
                        "The bounds " + first + " to " + last + " do not lie in " + precision.format(date));
            }
            Parts canonical = Parts.of(first, last);
            date = canonical.date;
            precision = canonical.precision;
            earliest = canonical.earliest;
            latest = canonical.latest;
        }
    }

    public static HistoricalDate day(LocalDate day) {
        return new HistoricalDate(day, Precision.DAY, null, null);
    }

    public static HistoricalDate month(YearMonth month) {
        return new HistoricalDate(month.atDay(1), Precision.MONTH, null, null);
    }

    public static HistoricalDate year(int year) {
        return new HistoricalDate(LocalDate.of(year, 1, 1), Precision.YEAR, null, null);
    }

    /**
     * The date known to {@code precision} that {@code day} lies in (any day of the month
     * or year will do), narrowed by {@code earliest} and {@code latest} where given: how
     * a request names a date. Bounds outside it are an IllegalArgumentException.
     */
    public static HistoricalDate of(Precision precision, LocalDate day, @Nullable LocalDate earliest,
            @Nullable LocalDate latest) {
        return new HistoricalDate(precision.first(day), precision, earliest, latest);
    }

    /**
     * A day no source gives exactly, known to lie from {@code first} through {@code last}
     * (the 2008 hand-over of the chair: between 21 July and 5 September 2008).
     */
    public static HistoricalDate between(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A date between " + first + " and " + last + " cannot be");
        }
        Parts parts = Parts.of(first, last);
        return new HistoricalDate(parts.date, parts.precision, parts.earliest, parts.latest);
    }

    /** Every day this date can be, first and last included. */
    public LocalDateRange possibleDays() {
        return new LocalDateRange(earliest != null ? earliest : date, latest != null ? latest : precision.last(date));
    }

    /** Whether the sources give the day itself. */
    public boolean isExactDay() {
        return precision == Precision.DAY;
    }

    public boolean hasBounds() {
        return earliest != null || latest != null;
    }

    /** Whether this date is {@code day}: certainly, possibly, or not. */
    public Certainty on(LocalDate day) {
        return Certainty.of(possibleDays(), LocalDateRange.day(day));
    }

    /** Whether this date falls in {@code range}: certainly, possibly, or not. */
    public Certainty within(LocalDateRange range) {
        return Certainty.of(possibleDays(), range);
    }

    /**
     * The date in the Extended Date/Time Format (ISO 8601-2, level 1): {@code 2008},
     * {@code 2008-07}, {@code 2008-07-21}, or the interval of its possible days,
     * {@code 2008-07-21/2008-09-05}, where it has bounds.
     */
    public String edtf() {
        if (!hasBounds()) {
            return precision.format(date);
        }
        LocalDateRange days = possibleDays();
        return days.first() + "/" + days.last();
    }

    /**
     * This date as the end point of an EDTF interval, where a point cannot be an interval
     * itself: its precision, marked uncertain ({@code 2008?}) where it has bounds.
     */
    public String edtfPoint() {
        return precision.format(date) + (hasBounds() ? "?" : "");
    }

    /**
     * Reads what {@link #edtf()} writes; anything else is an IllegalArgumentException.
     */
    public static HistoricalDate parseEdtf(String text) {
        try {
            String[] parts = text.split("/", -1);
            if (parts.length == 2 && DAY.matcher(parts[0]).matches() && DAY.matcher(parts[1]).matches()) {
                return between(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
            }
            if (parts.length == 1 && DAY.matcher(text).matches()) {
                return day(LocalDate.parse(text));
            }
            if (parts.length == 1 && MONTH.matcher(text).matches()) {
                return month(YearMonth.parse(text));
            }
            if (parts.length == 1 && YEAR.matcher(text).matches()) {
                return year(Integer.parseInt(text));
            }
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + ex.getMessage(), ex);
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a date the registry reads: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD");
    }

    /**
     * The same days moved by {@code days} (the last day of a period from the first day
     * after it), the precision kept where the moved days still fit it.
     */
    public HistoricalDate plusDays(long days) {
        LocalDateRange possible = possibleDays();
        return between(possible.first().plusDays(days), possible.last().plusDays(days));
    }

    @Override
    public String toString() {
        return edtf();
    }

    /**
     * The canonical form of the days from {@code first} through {@code last}: the finest
     * precision that holds both, and only the bounds that narrow it.
     */
    private record Parts(LocalDate date, Precision precision, @Nullable LocalDate earliest,
            @Nullable LocalDate latest) {

        static Parts of(LocalDate first, LocalDate last) {
            Precision precision = first.equals(last) ? Precision.DAY
                    : YearMonth.from(first).equals(YearMonth.from(last)) ? Precision.MONTH : Precision.YEAR;
            LocalDate date = precision.first(first);
            return new Parts(date, precision, first.equals(date) ? null : first,
                    last.equals(precision.last(date)) ? null : last);
        }

    }

}
