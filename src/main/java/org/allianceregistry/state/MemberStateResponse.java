package org.allianceregistry.state;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A state with its ISO codes and its names in English, Russian and Arabic")
public record MemberStateResponse(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
        @Schema(description = "ISO 3166-1 numeric code", example = "051") String isoNumeric,
        @Schema(description = "ISO 3166-3 code of a former state", example = "SUHH") @Nullable String formerCode,
        @Schema(description = "Name in the requested language", example = "Armenia") String name, LocalizedText names,
        @Schema(description = "The official English name, where a source of the registry gives it (the CSTO fact "
                + "sheet: Republic of Armenia, Kyrgyz Republic, ...); null otherwise. Not the ISO short name, which "
                + "is isoName.", example = "Republic of Armenia") @Nullable String officialName,
        @Schema(description = "True for a state that no longer exists") boolean historic,
        @Schema(description = "The first day a former state no longer existed (the German Democratic Republic: "
                + "1990-10-03), where a source of the registry gives it; null otherwise, and for a state that exists. "
                + "Not the day ISO 3166-3 withdrew its code, which is isoCodeWithdrawnOn.",
                example = "1990-10-03") @Nullable LocalDate ceasedOn,
        List<SourceResponse> sources,
        @Schema(description = "The state's latest Correlates of War state number; null when COW has none for it",
                example = "365") @Nullable Integer cowCode,
        @Schema(description = "Every COW state number that stood for the state, and when") List<CowCode> cowCodes,
        @Schema(description = "Wikidata item; null where no cited source gives it",
                example = "Q159") @Nullable String wikidataId,
        @Schema(description = "How the Wikidata item is cited: SINGLE_SOURCE when only its entity page is",
                example = "SINGLE_SOURCE") @Nullable Verification wikidataVerification,
        @Schema(description = "The Wikidata entity page, the item's citation",
                example = "https://www.wikidata.org/wiki/Q159") @Nullable String wikidataSource,
        OfficialNames officialNames,
        @Schema(description = "The English name ISO 3166-1 gives the state (ISO 3166-3 for a former state)",
                example = "Armenia") @Nullable String isoName,
        @Schema(description = "The day ISO 3166-3 withdrew a former state's code (the German Democratic Republic: "
                + "1990-10-30); null for a current code",
                example = "1990-10-30") @Nullable LocalDate isoCodeWithdrawnOn,
        @Schema(description = "How well the sources support the record",
                example = "VERIFIED") Verification verification) {

    static MemberStateResponse of(MemberState state, Language language, List<SourceResponse> sources,
            List<CowCode> cowCodes) {
        String wikidata = state.getWikidataId();
        return new MemberStateResponse(state.getIso2(), state.getIso3(), state.getIsoNumeric(), state.getFormerCode(),
                state.getNames().in(language), state.getNames(), state.getOfficialNameEn(), state.isHistoric(),
                state.getCeasedOn(), sources, cowCodes.isEmpty() ? null : cowCodes.get(cowCodes.size() - 1).cowCode(),
                cowCodes, wikidata, state.getWikidataVerification(),
                wikidata == null ? null : "https://www.wikidata.org/wiki/" + wikidata, OfficialNames.of(state),
                state.getIsoNameEn(), state.getIsoCodeWithdrawnOn(), state.getVerification());
    }
}
