package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A recorded chairmanship term; endDate is exclusive: the hand-over day, when the next term starts")
public record ChairmanshipResponse(
        @Schema(example = "21") long id,
        @Schema(example = "KZ") String iso2,
        @Schema(example = "KAZ") String iso3,
        @Schema(example = "Kazakhstan") String name,
        @Schema(description = "The year the term is known by (the later year of a term spanning two)", example = "2024") int chairYear,
        @Schema(description = "The term as usually named", example = "2024") String chairYearLabel,
        @Schema(description = "First day as chair; null where the exact day is not verified", example = "2024-01-01") @Nullable LocalDate startDate,
        @Schema(description = "Hand-over day (exclusive); null while in office or where not verified", example = "2025-01-01") @Nullable LocalDate endDate,
        @Schema(description = "What is known where a date is missing or inferred") @Nullable String dateNote,
        @Schema(description = "The council session that decided the term", example = "2023-11-23") @Nullable LocalDate decidedOn,
        @Schema(example = "Minsk") @Nullable String decidedAt,
        @Schema(example = "Kassym-Jomart Tokayev") @Nullable String headOfState,
        @Schema(description = "True for a stand-in chair (Russia 2009-2010 while Belarus stayed away)") boolean interim,
        @Schema(example = "VERIFIED") Verification verification,
        @Nullable String note,
        List<SourceResponse> sources) {

    static ChairmanshipResponse of(ChairmanshipTerm term, List<SourceResponse> sources, Language language) {
        return new ChairmanshipResponse(term.getId(), term.getMemberState().getIso2(), term.getMemberState().getIso3(),
                term.getMemberState().getNames().in(language), term.getChairYear(), term.getChairYearLabel(),
                term.getStartDate(), term.getEndDate(), term.getDateNote(), term.getDecidedOn(), term.getDecidedAt(),
                term.getHeadOfState(), term.isInterim(), term.getVerification(), term.getNote(), sources);
    }
}
