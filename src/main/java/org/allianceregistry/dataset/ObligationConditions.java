package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a member's obligations are conditional on, where the dataset codes it (ATOP; COW
 * codes no conditions, so every field is null there): for each obligation the member
 * holds, its conditions (an empty list: unconditional), null where it does not hold it;
 * and whether it promised not to join contrary alliances ({@code noothall}).
 */
@Schema(description = "Conditions of a member's obligations as ATOP codes them (null where the dataset codes none, "
        + "or the member does not hold that obligation; an empty list: unconditional)")
public record ObligationConditions(@Schema(example = "[\"LOCATION\"]") @Nullable List<Condition> defence,
        @Nullable List<Condition> offence, @Nullable List<Condition> neutrality, @Nullable List<Condition> consultation,
        @Schema(description = "Promised not to join alliances contrary to this one (ATOP noothall)",
                example = "true") @Nullable Boolean noOtherAlliance) {

    static final ObligationConditions NOT_CODED = new ObligationConditions(null, null, null, null, null);

    /** The stored form of a list: its names joined by commas ("" for none), or null. */
    static @Nullable String stored(@Nullable List<Condition> conditions) {
        return conditions == null ? null : String.join(",", conditions.stream().map(Condition::name).toList());
    }

    static @Nullable List<Condition> read(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(Condition::valueOf).toList();
    }

}
