package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An alliance of a dataset with its phases and every member row, in phase and entry
 * order.
 */
public record DatasetAllianceResponse(@Schema(example = "atop-4.01") String dataset,
        @Schema(example = "3180") int number, @Schema(example = "227") @Nullable Integer cowNumber,
        @Nullable String typeLabel, DatasetDate start, @Nullable DatasetDate end, boolean inEffectAtCoverageEnd,
        Obligations obligations, SourceLine source, List<Phase> phases, List<DatasetMemberResponse> members) {

    /**
     * A phase of the alliance (ATOP: its terms changed; phase 0 or a COW alliance: the
     * one phase there is): from its first entry to its last exit ({@code end} null: in
     * effect at the end of coverage), and its member rows.
     */
    public record Phase(@Schema(example = "1") int phase, DatasetDate start, @Nullable DatasetDate end,
            @Schema(example = "12") int memberRows) {

    }

}
