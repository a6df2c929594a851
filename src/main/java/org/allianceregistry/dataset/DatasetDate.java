package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as a dataset gives it: to the day, or only to the month or the year when the
 * producer left the day (or the month) empty. {@code earliest} and {@code latest} bound
 * the day it can have been; for a day they are the same.
 */
public record DatasetDate(@Schema(description = "ISO 8601 to the precision known: 1949-04-04, 1844-06 or 1844",
        example = "1949-04-04") String value, Precision precision, LocalDate earliest, LocalDate latest) {

    public enum Precision {

        DAY, MONTH, YEAR

    }

    public static DatasetDate ofDay(LocalDate day) {
        return new DatasetDate(day.toString(), Precision.DAY, day, day);
    }

    public static DatasetDate ofMonth(YearMonth month) {
        return new DatasetDate(month.toString(), Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static DatasetDate ofYear(int year) {
        return new DatasetDate(String.format("%04d", year), Precision.YEAR, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /** The date stored as its earliest day and precision. */
    public static DatasetDate of(LocalDate earliest, Precision precision) {
        return switch (precision) {
            case DAY -> ofDay(earliest);
            case MONTH -> ofMonth(YearMonth.from(earliest));
            case YEAR -> ofYear(earliest.getYear());
        };
    }

}
