package org.allianceregistry.state;

import io.swagger.v3.oas.annotations.media.Schema;
import org.allianceregistry.shared.Language;

/**
 * A state as other records refer to it: its codes and its name in the request's language.
 */
@Schema(description = "A state, by its ISO 3166-1 codes and its name in the requested language")
public record MemberStateSummary(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
        @Schema(example = "Armenia") String name) {

    public static MemberStateSummary of(MemberState state, Language language) {
        return new MemberStateSummary(state.getIso2(), state.getIso3(), state.getNames().in(language));
    }
}
