package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.Precision;

/**
 * A date as a dataset gives it: to the day, or only to the month or the year when the
 * producer left the day (or the month) empty. {@code earliest} and {@code latest} bound
 * the day it can have been; for a day they are the same. The registry's date model
 * ({@link HistoricalDate}) underneath, so {@code edtf} reads as everywhere else.
 */
public record DatasetDate(
        @Schema(description = "ISO 8601 to the precision known: 1949-04-04, 1844-06 or 1844",
                example = "1949-04-04") String value,
        Precision precision, LocalDate earliest, LocalDate latest,
        @Schema(description = "Extended Date/Time Format (ISO 8601-2 level 1)", example = "1949-04-04") String edtf) {

    public static DatasetDate of(HistoricalDate date) {
        var days = date.possibleDays();
        return new DatasetDate(date.edtf(), date.precision(), days.first(), days.last(), date.edtf());
    }

    public static DatasetDate ofDay(LocalDate day) {
        return of(HistoricalDate.day(day));
    }

    public static DatasetDate ofMonth(YearMonth month) {
        return of(HistoricalDate.month(month));
    }

    public static DatasetDate ofYear(int year) {
        return of(HistoricalDate.year(year));
    }

    /** The date stored as its earliest day and precision. */
    public static DatasetDate of(LocalDate earliest, Precision precision) {
        return of(new HistoricalDate(earliest, precision, null, null));
    }

}
