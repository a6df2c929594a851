package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A chairmanship term in the schedule: a recorded term (projected = false) or a term the rotation rule "
        + "projects after the last recorded one (projected = true, id null, ruleStep says how). endDate is exclusive: the "
        + "hand-over day, when the next term starts. `time` gives both dates as the sources know them (precision, bounds, "
        + "EDTF, end status); where a hand-over's day is uncertain, startDate and endDate carry the last day it can be, so "
        + "the legacy fields never show two chairs on one day and never show an ended term as current.")
public record ChairmanshipResponse(
        @Schema(description = "The recorded term's id; null for a projected term", example = "21") @Nullable Long id,
        @Schema(example = "KZ") String iso2, @Schema(example = "KAZ") String iso3,
        @Schema(description = "In the language of Accept-Language", example = "Kazakhstan") String name,
        @Schema(description = "The year the term is known by (the later year of a term spanning two)",
                example = "2024") int chairYear,
        @Schema(description = "The term as usually named", example = "2024") String chairYearLabel,
        @Schema(description = "First day as chair. Where no source gives the day (time.start has a coarser precision "
                + "or bounds), the last day it can be: the first day the state certainly chaired. Null where nothing is "
                + "known of the start, or for a projection whose hand-over day is set by a council session not yet held",
                example = "2024-01-01") @Nullable LocalDate startDate,
        @Schema(description = "Hand-over day, exclusive: the first day the state no longer chaired. Where the hand-over's "
                + "day is uncertain (time.endStatus ENDED_ON_UNCERTAIN_DAY), the last day it can be, so the term never "
                + "reads as current after it certainly ended. Null only while in office (time.endStatus OPEN)",
                example = "2025-01-01") @Nullable LocalDate endDate,
        @Schema(description = "What is known where a date is missing or inferred") @Nullable String dateNote,
        @Schema(description = "The council session that decided the term",
                example = "2023-11-23") @Nullable LocalDate decidedOn,
        @Schema(example = "Minsk") @Nullable String decidedAt,
        @Schema(example = "Kassym-Jomart Tokayev") @Nullable String headOfState,
        @Schema(description = "True for a stand-in chair (Russia 2009-2010 while Belarus stayed away)") boolean interim,
        @Schema(description = "UNVERIFIED for every projection", example = "VERIFIED") Verification verification,
        @Nullable String note,
        @Schema(description = "For a projection: the sources of the rotation rule") List<SourceResponse> sources,
        @Schema(description = "True for a term the rotation rule projects; false for a recorded term") boolean projected,
        @Schema(description = "For the last recorded term while its endDate is not recorded: the hand-over day the rule's "
                + "convention implies (the next projected term's startDate); null otherwise",
                example = "2027-01-01") @Nullable LocalDate expectedEndDate,
        @Schema(description = "For a projection: the rule step that produced it; null for a recorded term") @Nullable RuleStepResponse ruleStep,
        @Schema(description = "For a projection whose chair has frozen its own participation and kept its turn "
                + "(frozenPolicy=KEEP): since when it is frozen",
                example = "2024-02-22") @Nullable LocalDate participationFrozenSince,
        @Schema(description = "For a recorded term that departs from the rotation rule: why (replaying the rule reproduces "
                + "every other recorded term)") @Nullable String ruleException,
        @Schema(description = "When the term ran, as the sources know it: start inclusive, end exclusive (the hand-over), "
                + "lastDay inclusive, each with its precision and bounds. Null only where nothing is known of the start "
                + "(a recorded term with only a dateNote, or a projection whose hand-over is set by a session not yet "
                + "held). A projection's time is the rule's, not a record") @Nullable HistoricalPeriodResponse time,
        @Schema(description = "How the term meets the request's days (asOf, or the years from-to): CERTAIN, or POSSIBLE "
                + "where a hand-over's bounds leave it open (never NONE: such terms are not listed); null for a single "
                + "term read by id", example = "CERTAIN") @Nullable Certainty match,
        @Schema(description = "For a recorded term whose start does not, or not certainly, follow the hand-over "
                + "convention of its chair year (GET …/chairmanships/rotation): why; null when it does") @Nullable String conventionDeparture) {

    /** The same entry, saying how it meets the request's days. */
    ChairmanshipResponse withMatch(Certainty certainty) {
        return new ChairmanshipResponse(id, iso2, iso3, name, chairYear, chairYearLabel, startDate, endDate, dateNote,
                decidedOn, decidedAt, headOfState, interim, verification, note, sources, projected, expectedEndDate,
                ruleStep, participationFrozenSince, ruleException, time, certainty, conventionDeparture);
    }

    static ChairmanshipResponse recorded(ChairmanshipTerm term, List<SourceResponse> sources,
            @Nullable LocalDate expectedEndDate, Language language) {
        return new ChairmanshipResponse(term.getId(), term.getMemberState().getIso2(), term.getMemberState().getIso3(),
                term.getMemberState().getNames().in(language), term.getChairYear(), term.getChairYearLabel(),
                term.getStartDate(), term.getEndDate(), term.getDateNote(), term.getDecidedOn(), term.getDecidedAt(),
                term.getHeadOfState(), term.isInterim(), term.getVerification(), term.getNote(), sources, false,
                expectedEndDate, null, null, term.getRuleException(), time(term.time()), null,
                term.getConventionDeparture());
    }

    private static @Nullable HistoricalPeriodResponse time(@Nullable HistoricalPeriod period) {
        return period == null ? null : HistoricalPeriodResponse.of(period);
    }

    static ChairmanshipResponse projected(Rotation.Step step, int chairYear, String chairYearLabel,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate, String dateNote, RuleStepResponse ruleStep,
            List<SourceResponse> sources, Language language) {
        Rotation.Member chair = step.chair();
        LocalDate frozenSince = step.kept() != null
                && step.kept().restriction() == ParticipationRestriction.PARTICIPATION_FROZEN ? step.kept().since()
                        : null;
        return new ChairmanshipResponse(null, chair.iso2(), chair.iso3(), chair.names().in(language), chairYear,
                chairYearLabel, startDate, endDate, dateNote, null, null, null, false, Verification.UNVERIFIED, null,
                sources, true, null, ruleStep, frozenSince, null,
                startDate == null ? null : time(HistoricalPeriod.of(startDate, endDate)), null, null);
    }
}
