package org.allianceregistry.state;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A state's official name in the registry's languages, each null where no source of the
 * registry gives it.
 */
@Schema(description = "The state's official name (not its short name) in English, Russian and Arabic; each null "
        + "where no source of the registry gives it (the CSTO fact sheet gives English and Russian for the states "
        + "around the CSTO, no Arabic)")
public record OfficialNames(@Schema(example = "Kyrgyz Republic") @Nullable String en,
        @Schema(example = "Кыргызская Республика") @Nullable String ru, @Nullable String ar) {

    static OfficialNames of(MemberState state) {
        return new OfficialNames(state.getOfficialNameEn(), state.getOfficialNameRu(), null);
    }

}
