package org.allianceregistry.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * To what a source knows a date: the day, the month or the year. The codes are Wikidata's
 * time precisions (11 day, 10 month, 9 year).
 */
public enum Precision {

    YEAR(9), MONTH(10), DAY(11);

    private final int wikidataCode;

    Precision(int wikidataCode) {
        this.wikidataCode = wikidataCode;
    }

    public int wikidataCode() {
        return wikidataCode;
    }

    public static Precision ofWikidataCode(int code) {
        return Arrays.stream(values())
            .filter(precision -> precision.wikidataCode == code)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No registry precision for Wikidata precision " + code
                    + " (the registry holds 9 year, 10 month and 11 day)"));
    }

    /** The first day of the year, month or day that {@code day} lies in. */
    LocalDate first(LocalDate day) {
        return switch (this) {
            case YEAR -> day.withDayOfYear(1);
            case MONTH -> day.withDayOfMonth(1);
            case DAY -> day;
        };
    }

    /** The last day of the year, month or day that {@code day} lies in. */
    LocalDate last(LocalDate day) {
        return switch (this) {
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case DAY -> day;
        };
    }

    String format(LocalDate day) {
        return switch (this) {
            case YEAR -> String.format("%04d", day.getYear());
            case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case DAY -> day.toString();
        };
    }

}
