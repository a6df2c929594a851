package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "The rotation-rule step that produced a projected term: which chair it continued from, in which "
        + "order, the suspended or frozen members it passed over, and the same in words")
public record RuleStepResponse(
        @Schema(description = "ISO 3166-1 alpha-3 code of the regular (non-interim) chair the step continued from",
                example = "RUS") String after,
        @Schema(description = "That chair's chair year", example = "2026") int afterChairYear,
        @Schema(example = "RUSSIAN_ALPHABETICAL") OrderBasis order,
        @Schema(description = "The policy applied to members that froze their participation",
                example = "KEEP") TurnPolicy frozenPolicy,
        @Schema(description = "Members whose turn the step passed over, in order") List<MetTurnResponse> skipped,
        @Schema(description = "The chair's own restriction where it kept its turn despite it; null otherwise") @Nullable MetTurnResponse kept,
        @Schema(description = "The step in words (English)",
                example = "After Tajikistan (2027) in Russian alphabetical order of member names: Uzbekistan skipped (suspended since 2012-12-19); Armenia keeps its turn although its participation is frozen since 2024-02-22 (frozenPolicy=KEEP).") String text) {
}
