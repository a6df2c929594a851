package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalizedText;
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

    /**
     * The step that chose {@code step}'s chair after {@code previousIso3}'s term of
     * {@code previousYear}, with its text in English.
     */
    static RuleStepResponse of(Rotation.Step step, String previousIso3, LocalizedText previousNames, int previousYear,
            Rotation rotation, Language language) {
        StringBuilder text = new StringBuilder("After ").append(previousNames.en())
            .append(" (")
            .append(previousYear)
            .append(") in ")
            .append(rotation.order().describe())
            .append(": ");
        for (Rotation.Met met : step.skipped()) {
            text.append(met.member().names().en())
                .append(" skipped (")
                .append(restrictionWords(met))
                .append(", ")
                .append(policyName(met.restriction()))
                .append("=SKIP); ");
        }
        Rotation.Member chair = step.chair();
        text.append(chair.names().en());
        Rotation.Met kept = step.kept();
        if (kept != null) {
            text.append(" keeps its turn although ")
                .append(restrictionWords(kept))
                .append(" (")
                .append(policyName(kept.restriction()))
                .append("=KEEP)");
        }
        text.append('.');
        return new RuleStepResponse(previousIso3, previousYear, rotation.order(), rotation.frozenPolicy(),
                step.skipped().stream().map(met -> metTurn(met, language)).toList(),
                kept == null ? null : metTurn(kept, language), text.toString());
    }

    private static String restrictionWords(Rotation.Met met) {
        return switch (met.restriction()) {
            case SUSPENDED -> "suspended since " + met.since();
            case PARTICIPATION_FROZEN -> "its participation is frozen since " + met.since();
        };
    }

    private static String policyName(ParticipationRestriction restriction) {
        return restriction == ParticipationRestriction.SUSPENDED ? "suspendedPolicy" : "frozenPolicy";
    }

    private static MetTurnResponse metTurn(Rotation.Met met, Language language) {
        Rotation.Member member = met.member();
        return new MetTurnResponse(member.iso2(), member.iso3(), member.names().in(language), met.restriction(),
                met.since());
    }

}
