package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An alliance of a dataset: its number there (ATOP {@code atopid}, COW
 * {@code version4id}), ATOP's COW number ({@code cow4id}), COW's Singer and Small type,
 * its dates ({@code end} null: in effect on the last day of coverage), phases, its
 * obligations (any member's), its member rows and where it came from.
 */
public record DatasetAllianceSummaryResponse(@Schema(example = "atop-4.01") String dataset,
        @Schema(example = "3180") int number, @Schema(example = "227") @Nullable Integer cowNumber,
        @Schema(example = "Type I: Defense Pact") @Nullable String typeLabel, DatasetDate start,
        @Nullable DatasetDate end, boolean inEffectAtCoverageEnd, @Schema(example = "2") int phaseCount,
        Obligations obligations, @Schema(example = "42") int memberRows, SourceLine source) {

}
