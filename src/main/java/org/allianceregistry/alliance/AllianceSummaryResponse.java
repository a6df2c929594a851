package org.allianceregistry.alliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

@Schema(description = "An alliance in a list")
public record AllianceSummaryResponse(@Schema(example = "csto") String code, @Schema(example = "CSTO") String acronym,
        @Schema(example = "Collective Security Treaty Organization") String name,
        @Schema(example = "COLLECTIVE_DEFENCE_ORGANISATION") String kind,
        @Schema(example = "1992-05-15") @Nullable LocalDate treatySignedOn,
        @Schema(description = "Null while the alliance exists") @Nullable LocalDate dissolvedOn,
        @Schema(description = "How well the sources support the record",
                example = "VERIFIED") Verification verification) {

    static AllianceSummaryResponse of(Alliance alliance, Language language) {
        return new AllianceSummaryResponse(alliance.getCode(), alliance.getAcronyms().in(language),
                alliance.getNames().in(language), alliance.getKind(), alliance.getTreatySignedOn(),
                alliance.getDissolvedOn(), alliance.getVerification());
    }
}
