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
        @Schema(description = "ISO 3166-1 English short name", example = "Armenia") @Nullable String officialName,
        @Schema(description = "True for a state that no longer exists") boolean historic,
        @Schema(description = "When a former state's code was withdrawn") @Nullable LocalDate ceasedOn,
        List<SourceResponse> sources,
        @Schema(description = "The state's latest Correlates of War state number; null when COW has none for it",
                example = "365") @Nullable Integer cowCode,
        @Schema(description = "Every COW state number that stood for the state, and when") List<CowCode> cowCodes,
        @Schema(description = "Wikidata item; null where no cited source gives it",
                example = "Q159") @Nullable String wikidataId,
        @Schema(description = "How the Wikidata item is cited: SINGLE_SOURCE when only its entity page is",
                example = "SINGLE_SOURCE") @Nullable Verification wikidataVerification,
        @Schema(description = "The Wikidata entity page, the item's citation",
                example = "https://www.wikidata.org/wiki/Q159") @Nullable String wikidataSource) {

    static MemberStateResponse of(MemberState state, Language language, List<SourceResponse> sources,
            List<CowCode> cowCodes) {
        String wikidata = state.getWikidataId();
        return new MemberStateResponse(state.getIso2(), state.getIso3(), state.getIsoNumeric(), state.getFormerCode(),
                state.getNames().in(language), state.getNames(), state.getOfficialNameEn(), state.isHistoric(),
                state.getCeasedOn(), sources, cowCodes.isEmpty() ? null : cowCodes.get(cowCodes.size() - 1).cowCode(),
                cowCodes, wikidata, state.getWikidataVerification(),
                wikidata == null ? null : "https://www.wikidata.org/wiki/" + wikidata);
    }
}
