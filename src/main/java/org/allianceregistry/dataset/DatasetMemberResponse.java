package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A member row as the dataset gives it: the state's code in the dataset (a COW state
 * number), its name where the dataset gives one, the phase (ATOP; 0 when the alliance
 * never changed), entry and exit ({@code exit} null: still a member on the last day of
 * coverage), the member's own obligations and their conditions, and the file and line it
 * came from. On a day, {@code certainOnDate} is false when the day falls within an entry
 * or exit known only to the month or year.
 */
public record DatasetMemberResponse(@Schema(example = "365") int stateCode,
        @Schema(example = "Russia") @Nullable String stateName, @Schema(example = "0") @Nullable Integer phase,
        DatasetDate entry, @Nullable DatasetDate exit, Obligations obligations, ObligationConditions conditions,
        SourceLine source, @Nullable Boolean certainOnDate) {

}
