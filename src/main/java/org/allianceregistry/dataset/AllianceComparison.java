package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.jspecify.annotations.Nullable;

/**
 * An alliance's curated record beside the research datasets: the datasets compared (or
 * why not), every reason code with its meaning, and for each state the record's periods
 * paired with each dataset's spans and the differences between them.
 */
@Schema(description = "The curated record beside ATOP and COW, state by state, with a reason code for every difference")
public record AllianceComparison(@Schema(example = "csto") String alliance, List<DatasetCompared> datasets,
        List<Reason> reasons, List<StateComparison> states) {

    /**
     * A dataset and the numbers of the alliance in it; {@code imported} false (and no
     * state rows for it) when it has not been imported.
     */
    public record DatasetCompared(@Schema(example = "atop-4.01") String dataset, boolean imported,
            @Schema(example = "[4220]") List<Integer> numbers, LocalDate coverageStart, LocalDate coverageEnd,
            @Nullable String note) {
    }

    public record Reason(@Schema(example = "DATE_KIND") ComparisonReason code, String meaning) {
    }

    /**
     * A state: its ISO codes (null for a dataset code the registry's crosswalk has no
     * state for), and its comparison with each imported dataset.
     */
    public record StateComparison(@Schema(example = "UZ") @Nullable String iso2,
            @Schema(example = "UZB") @Nullable String iso3, @Schema(example = "Uzbekistan") String name,
            List<RecordPeriod> record, List<DatasetSide> datasets) {
    }

    /**
     * A curated membership period; {@code end} exclusive, the day it ended; suspension or
     * freezing of participation do not end it.
     */
    public record RecordPeriod(LocalDate start, String startKind, @Nullable LocalDate end, @Nullable String endKind,
            @Schema(description = "Suspension or frozen participation in force from this day, the period not ended",
                    example = "2012-12-19") @Nullable LocalDate suspendedFrom,
            @Schema(description = "The period as the sources know it (precision, bounds, end status); start and end "
                    + "are its legacy days") HistoricalPeriodResponse time) {
    }

    /** A dataset's rows for the state, and the record's periods paired with its spans. */
    public record DatasetSide(@Schema(example = "atop-4.01") String dataset, List<Row> rows, List<Pair> pairs) {
    }

    /** A member row as the dataset gives it. */
    public record Row(@Schema(example = "4220") int allianceNumber, @Schema(example = "704") int stateCode,
            @Nullable String stateName, @Nullable Integer phase, DatasetDate entry, @Nullable DatasetDate exit,
            SourceLine source) {
    }

    /**
     * A record period beside the dataset's span of membership (consecutive rows, phases
     * merged), either missing, and the differences.
     */
    public record Pair(@Nullable RecordPeriod record, @Nullable Span dataset, List<Difference> differences) {
    }

    /** The dataset's membership: from the first row's entry to the last row's exit. */
    public record Span(DatasetDate entry, @Nullable DatasetDate exit,
            @Schema(example = "[4220]") List<Integer> numbers) {
    }

    public record Difference(ComparisonReason reason, String detail) {
    }

}
