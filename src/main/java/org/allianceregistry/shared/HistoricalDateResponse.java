package org.allianceregistry.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A date with the precision and bounds its sources give. */
@Schema(name = "HistoricalDate",
        description = "A date as the sources know it (Wikidata's model): precision DAY, MONTH or YEAR, "
                + "optionally narrowed by earliest and latest days; `date` is the first day of its precision "
                + "and nothing finer may be read from it.")
public record HistoricalDateResponse(
        @Schema(description = "First day of the precision: 2008-01-01 for \"2008\"",
                example = "2008-01-01") LocalDate date,
        Precision precision,
        @Schema(description = "Earliest day it can be, where the sources narrow it",
                example = "2008-07-21") @Nullable LocalDate earliest,
        @Schema(description = "Latest day it can be, where the sources narrow it",
                example = "2008-09-05") @Nullable LocalDate latest,
        @Schema(description = "Wikidata's precision code: 9 year, 10 month, 11 day",
                example = "9") int wikidataPrecision,
        @Schema(description = "Extended Date/Time Format (ISO 8601-2 level 1)",
                example = "2008-07-21/2008-09-05") String edtf,
        @Schema(description = "First day it can be", example = "2008-07-21") LocalDate firstPossibleDay,
        @Schema(description = "Last day it can be", example = "2008-09-05") LocalDate lastPossibleDay) {

    public static HistoricalDateResponse of(HistoricalDate date) {
        LocalDateRange days = date.possibleDays();
        return new HistoricalDateResponse(date.date(), date.precision(), date.earliest(), date.latest(),
                date.precision().wikidataCode(), date.edtf(), days.first(), days.last());
    }

    public static @Nullable HistoricalDateResponse ofNullable(@Nullable HistoricalDate date) {
        return date != null ? of(date) : null;
    }

}
