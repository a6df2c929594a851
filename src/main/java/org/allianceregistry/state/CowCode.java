package org.allianceregistry.state;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

/**
 * A Correlates of War state number and the days it stood for this state, from the COW
 * State System Membership List v2016 (source {@code COW-STATES-2016}).
 */
@Schema(description = "A COW state number and when it stood for this state (validTo inclusive; null: still so)")
public record CowCode(@Schema(example = "365") int cowCode, @Schema(example = "1991-12-26") LocalDate validFrom,
        @Schema(description = "The last day, inclusive; null while still so") @Nullable LocalDate validTo,
        @Schema(description = "UNVERIFIED where the day is not in the COW list (the Soviet Union and Russia share 365)",
                example = "UNVERIFIED") Verification verification,
        @Nullable String note, @Schema(example = "COW-STATES-2016") String source) {

    /** Whether the number stood for the state on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

}
