package org.allianceregistry.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A record's time in the one convention every resource shares: {@code start} is the first
 * day, {@code end} the first day after (exclusive), {@code lastDay} the last day
 * (inclusive).
 */
@Schema(name = "HistoricalPeriod",
        description = "When a record holds, in the one convention of every resource: `start` is its first day "
                + "(inclusive), `end` the first day it no longer holds (exclusive), `lastDay` its last day "
                + "(inclusive); each with its precision and bounds. `end` and `lastDay` are null only while "
                + "`endStatus` is OPEN: a record that ended on a day no source gives has an uncertain `end`, "
                + "never a null one.")
public record HistoricalPeriodResponse(HistoricalDateResponse start, @Nullable HistoricalDateResponse end,
        @Nullable HistoricalDateResponse lastDay, EndStatus endStatus,
        @Schema(description = "The period in EDTF (ISO 8601-2 level 1); `..` for an open end, `?` marks an uncertain day",
                example = "2007-10-06/2008?") String edtf) {

    public static HistoricalPeriodResponse of(HistoricalPeriod period) {
        return new HistoricalPeriodResponse(HistoricalDateResponse.of(period.start()),
                HistoricalDateResponse.ofNullable(period.end()), HistoricalDateResponse.ofNullable(period.lastDay()),
                period.endStatus(), period.edtf());
    }

}
