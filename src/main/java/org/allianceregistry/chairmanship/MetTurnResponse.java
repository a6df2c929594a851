package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "A member whose participation was suspended or frozen when the rotation reached its turn")
public record MetTurnResponse(@Schema(example = "UZ") String iso2, @Schema(example = "UZB") String iso3,
        @Schema(example = "Uzbekistan") String name,
        @Schema(example = "SUSPENDED") ParticipationRestriction restriction,
        @Schema(example = "2012-12-19") LocalDate since) {
}
