package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "An alliance's chairmanship rotation rule, and the rotation order it gives on a day. An alliance "
        + "without a rotating chair answers rotating = false and says so in its description.")
public record RotationResponse(@Schema(example = "csto") String allianceCode, @Schema(
        description = "False when the alliance has no rotating chair (NATO); its schedule is then empty") boolean rotating,
        @Schema(description = "The rule, or the statement that there is none, in words (English)") String description,
        @Schema(example = "RUSSIAN_ALPHABETICAL") @Nullable OrderBasis orderBasis,
        @Schema(description = "Length of one term in years", example = "1") @Nullable Integer termYears,
        @Schema(description = "What a suspended member's turn becomes",
                example = "SKIP") @Nullable TurnPolicy suspendedPolicy,
        @Schema(description = "What the turn of a member that froze its own participation becomes by default; the schedule's "
                + "frozenPolicy parameter chooses the other", example = "KEEP") @Nullable TurnPolicy frozenPolicy,
        @Schema(description = "How the chair is handed over, each from a chair year on") List<HandOverConventionResponse> handOverConventions,
        @Schema(description = "The day the order below is read for (today)", example = "2026-03-01") LocalDate orderOn,
        @Schema(description = "The members in rotation order that day, read from the membership history") List<RotationMemberResponse> order,
        List<SourceResponse> sources) {

    @Schema(description = "A hand-over convention of a rotation rule")
    public record HandOverConventionResponse(@Schema(example = "2024") int fromChairYear,
            @Schema(example = "FIRST_OF_JANUARY") HandOverKind kind, String description) {
    }

    @Schema(description = "A member in the rotation order on a day")
    public record RotationMemberResponse(@Schema(example = "1") int position, @Schema(example = "AM") String iso2,
            @Schema(example = "ARM") String iso3, @Schema(example = "Armenia") String name,
            @Schema(description = "SUSPENDED or PARTICIPATION_FROZEN where restricted that day") @Nullable ParticipationRestriction restriction,
            @Schema(description = "Since when it is restricted",
                    example = "2024-02-22") @Nullable LocalDate restrictedSince,
            @Schema(description = "Whether its turn would stand under the rule's default policies") boolean keepsTurn) {
    }
}
